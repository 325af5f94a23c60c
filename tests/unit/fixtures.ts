import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline, type PipelineOutput } from '../../src/pipeline/build.ts';
import { readInputs } from '../../src/pipeline/node/read-inputs.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let cached: PipelineOutput | null = null;

/** The pipeline over the checked-in seeds and geo, run once per test file. */
export function realData(): PipelineOutput {
  cached ??= runPipeline(readInputs({ root: ROOT }));
  return cached;
}

export const MISSION_FEATURES = [
  'kazakhstan',
  'ukraine',
  'russia',
  'belarus',
  'armenia',
  'kyrgyzstan',
  'tajikistan',
  'almaty',
  '41st-caa',
  'ukraine-border-buildup',
  'crimea',
  'donbas',
  'geneva',
  'brussels',
  'vienna',
  'novo-ogaryovo',
] as const;
