import type { z } from 'zod';
import { jsonErrorOffset } from './json-error-offset.ts';
import type { Problem } from '../../contract/article.ts';

/** Line number (1-based) of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index += 1) if (text[index] === '\n') line += 1;
  return line;
}

/** Parses one input file's JSON; a failure names the file and the line where the text breaks. */
export function parseJsonInput(
  file: string,
  text: string,
): { ok: true; json: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const problem: Problem = { file, message: `not valid JSON: ${message.split('\n')[0]}` };
    const offset = jsonErrorOffset(text);
    if (offset !== null) problem.line = lineOf(text, offset);
    return { ok: false, problem };
  }
}

/** Schema issues as "path: message; …", with the path written the way the file's readers know it. */
export function describeIssues(
  error: z.ZodError,
  formatPath: (path: readonly PropertyKey[]) => string = (path) =>
    path.length ? path.map(String).join('.') : '(root)',
): string {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
}
