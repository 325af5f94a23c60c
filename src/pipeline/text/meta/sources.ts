import { z } from 'zod';
import { foldForComparison } from '../fold.ts';
import { describeIssues, parseJsonInput } from '../../json/json-input.ts';
import type { Problem, SourceMeta } from '../../../contract/article.ts';

const stated = z.string().min(1).nullable();
const sourceEntry = z.object({ outlet: stated, title: stated, author: stated, date: stated }).strict();
const sourcesSchema = z.record(z.string(), sourceEntry);

export type SourcesFile = z.infer<typeof sourcesSchema>;

export const SOURCES_FILE = 'seeds/sources.json';

export function parseSources(text: string | null): { sources: SourcesFile; problems: Problem[] } {
  if (text === null) return { sources: {}, problems: [] };
  const input = parseJsonInput(SOURCES_FILE, text);
  if (!input.ok) return { sources: {}, problems: [input.problem] };
  const parsed = sourcesSchema.safeParse(input.json);
  if (!parsed.success) {
    return { sources: {}, problems: [{ file: SOURCES_FILE, message: describeIssues(parsed.error) }] };
  }
  return { sources: parsed.data, problems: [] };
}

/**
 * An article's metadata must be what its text states: every value given must occur in the seed.
 * Anything the text does not state stays null.
 */
export function checkStated(
  articleId: string,
  meta: SourceMeta,
  seedText: string,
  file: string = SOURCES_FILE,
): Problem[] {
  const haystack = foldForComparison(seedText);
  const problems: Problem[] = [];
  for (const [field, value] of Object.entries(meta) as Array<[string, string | null]>) {
    if (value === null) continue;
    // Several authors may be listed apart (JSON-LD, bylines): each name must be stated.
    const parts = field === 'author' ? value.split(/,\s*|\s+and\s+/) : [value];
    if (parts.some((part) => !haystack.includes(foldForComparison(part)))) {
      problems.push({
        file,
        message: `${articleId}.${field} "${value}" is not stated in the article's text (use null when it is not)`,
      });
    }
  }
  return problems;
}
