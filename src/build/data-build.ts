import { buildCorpus, type BuildOptions } from '../pipeline/node/build-corpus.ts';
import { formatProblems } from '../pipeline/node/report.ts';
import { buildTimeline } from '../pipeline/timeline/build-timeline.ts';
import { evidenceFiles, toFolder } from './evidence-files.ts';
import type { EvidenceManifest } from '../lib/evidence/evidence-manifest.ts';

export interface DataBuildOptions extends BuildOptions {
  /** The app's base URL ("/"), which every evidence URL starts with. */
  base: string;
  /** The folder the evidence files are written to, one at a time, named by their content. */
  staging: string;
}

/** What the app is built from: two JSON modules, the manifest, and the evidence files on disk. */
export interface BuiltData {
  mapData: string;
  story: string;
  /** The timeline (a Timeline), loaded by the app only when the timeline or "as known on" is used. */
  timeline: string;
  manifest: EvidenceManifest;
  /** URL path → the staged file that serves it. */
  files: Array<[string, string]>;
}

/**
 * The whole data build: the pipeline over seeds/ and geo/, then the evidence written as
 * content-hashed files. Only strings and file paths come out, so the pipeline's working data can be
 * dropped as soon as this returns (see data-worker.ts). A bad input throws the pipeline's message.
 */
export async function buildData(options: DataBuildOptions): Promise<BuiltData> {
  const { base, staging, ...inputs } = options;
  const { output } = await buildCorpus(inputs);
  if (output.report.problems.length > 0)
    throw new Error(`Two Fronts data: ${formatProblems(output.report.problems)}`);
  const evidence = evidenceFiles(output.evidence, base, toFolder(staging));
  return {
    mapData: JSON.stringify(output.mapData),
    story: JSON.stringify(output.story),
    timeline: JSON.stringify(buildTimeline(output)),
    manifest: evidence.manifest,
    files: [...evidence.files],
  };
}
