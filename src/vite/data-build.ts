import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, type BuildOptions } from '../pipeline/node/build-corpus.ts';
import { prune } from '../pipeline/node/article-cache.ts';
import { formatProblems } from '../pipeline/node/report.ts';
import { TimelineCollector } from '../pipeline/timeline/timeline-collector.ts';
import { EvidenceWriter, toFolder } from './evidence-files.ts';
import { gzipBytes } from './evidence-pages.ts';
import type { EvidenceManifest } from '../contract/dataset.ts';
import type { TimelineFile } from '../contract/timeline.ts';

export interface DataBuildOptions extends BuildOptions {
  /** The app's base URL ("/"), which every evidence URL starts with. */
  base: string;
  /** The folder the evidence files are written to (under its evidence/), one at a time, named by their content. */
  staging: string;
  /** Remove the staged files this build did not write (when the staging folder is kept between builds). */
  pruneStaging?: boolean;
}

/** What the app is built from: two JSON modules, the manifest, the timeline's place, and the files on disk. */
export interface BuiltData {
  mapData: string;
  story: string;
  /** Where the timeline's file is (one of `files`): the app fetches it when the timeline or "as known on" is used. */
  timeline: TimelineFile;
  manifest: EvidenceManifest;
  /** URL path → the staged file that serves it. */
  files: Array<[string, string]>;
}

/**
 * The whole data build: the pipeline over seeds/ and geo/, its evidence written as content-hashed
 * files while the reduce streams. Only strings and file paths come out, so the pipeline's working
 * data can be dropped as soon as this returns (see data-worker.ts). A bad input throws the
 * pipeline's message.
 */
export async function buildData(options: DataBuildOptions): Promise<BuiltData> {
  const started = Date.now();
  const { base, staging, pruneStaging = false, ...inputs } = options;
  const writer = new EvidenceWriter(base, toFolder(staging));
  const timeline = new TimelineCollector();
  const { output } = await buildCorpus(inputs, {
    article: (article) => writer.article(article),
    feature: (id, feature) => {
      writer.feature(id, feature);
      timeline.feature(id, feature);
    },
    searchEntry: (entry) => writer.searchEntry(entry),
    articleRead: (article) => timeline.article(article),
  });
  if (output.report.problems.length > 0) {
    // Nothing of a failed build is left behind: the files it wrote go (those it found already stay).
    for (const path of writer.finish().files.values()) if (statSync(path).mtimeMs >= started) rmSync(path);
    throw new Error(`Two Fronts data: ${formatProblems(output.report.problems)}`);
  }
  const timelineBody = JSON.stringify(timeline.finish(output.mapData.features));
  const timelineFile = { url: writer.file('timeline-', timelineBody), gzipBytes: gzipBytes(timelineBody) };
  const evidence = writer.finish();
  if (pruneStaging) prune(join(staging, 'evidence'), new Set(evidence.files.values()), started);
  return {
    mapData: JSON.stringify(output.mapData),
    story: JSON.stringify(output.story),
    timeline: timelineFile,
    manifest: evidence.manifest,
    files: [...evidence.files],
  };
}
