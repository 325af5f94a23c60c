import { z } from 'zod';
import { normalizeForComparison } from './clean.ts';
import type { Problem, SourceMeta } from './types.ts';

const stated = z.string().min(1).nullable();
const sourceEntry = z.object({ outlet: stated, title: stated, author: stated, date: stated }).strict();
const sourcesSchema = z.record(z.string(), sourceEntry);

export type SourcesFile = z.infer<typeof sourcesSchema>;

export const SOURCES_FILE = 'seeds/sources.json';

export function parseSources(text: string | null): { sources: SourcesFile; problems: Problem[] } {
  if (text === null) return { sources: {}, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { sources: {}, problems: [{ file: SOURCES_FILE, message: `not valid JSON: ${String(error)}` }] };
  }
  const parsed = sourcesSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    return { sources: {}, problems: [{ file: SOURCES_FILE, message: detail }] };
  }
  return { sources: parsed.data, problems: [] };
}

/**
 * An article's metadata must be what its text states: every value given must occur in the seed.
 * Anything the text does not state stays null.
 */
export function checkStated(articleId: string, meta: SourceMeta, seedText: string): Problem[] {
  const haystack = normalizeForComparison(seedText);
  const problems: Problem[] = [];
  for (const [field, value] of Object.entries(meta)) {
    if (value !== null && !haystack.includes(normalizeForComparison(value))) {
      problems.push({
        file: SOURCES_FILE,
        message: `${articleId}.${field} "${value}" is not stated in the article's text (use null when it is not)`,
      });
    }
  }
  return problems;
}
