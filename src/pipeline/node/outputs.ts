import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvidenceWriter, toFolder, type EvidenceFiles, type FileSink } from '../../vite/evidence-files.ts';
import type { StreamedCorpus } from '../stream-reduce.ts';

/** The build's outputs in a folder: what the app is built from, and the report. */
export const OUTPUT_FILES = {
  mapData: 'map-data.json',
  story: 'story.json',
  manifest: 'evidence-manifest.json',
  report: 'report.json',
} as const;

/** Makes each evidence file (and its content hash) but keeps none: `npm run data` without `--out`. */
const discard: FileSink = () => '';

/** The evidence writer for a command: into `out`/evidence/ when given, else made and dropped. */
export const evidenceWriter = (out: string | undefined): EvidenceWriter =>
  new EvidenceWriter('/', out ? toFolder(out) : discard);

/** Writes the map data, story, evidence manifest and report beside the evidence files in `out`. */
export function writeOutputs(out: string, output: StreamedCorpus, evidence: EvidenceFiles): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, OUTPUT_FILES.mapData), JSON.stringify(output.mapData));
  writeFileSync(join(out, OUTPUT_FILES.story), JSON.stringify(output.story));
  writeFileSync(join(out, OUTPUT_FILES.manifest), JSON.stringify(evidence.manifest));
  writeFileSync(join(out, OUTPUT_FILES.report), JSON.stringify(output.report, null, 2));
}
