import type { PipelineOutput } from '../../build.ts';
import { formatProblems } from '../report.ts';
import type { CommandOption } from './command.ts';

export const JSON_FLAG: CommandOption = { type: 'boolean', help: 'print JSON instead of text' };

/** The exit code once a command has printed its answer: 1 (problems said on stderr) when the input had any. */
export function finish(output: Pick<PipelineOutput, 'report'>, err: (text: string) => void): number {
  const { problems } = output.report;
  if (problems.length === 0) return 0;
  err(formatProblems(problems));
  return 1;
}

export const NO_CACHE_FLAG: CommandOption = {
  type: 'boolean',
  help: 'bypass the per-article cache: read nothing from it, write nothing to it',
};
