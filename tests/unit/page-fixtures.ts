import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle } from '../../src/pipeline/article-stage.ts';
import { prepareCorpus } from '../../src/pipeline/corpus.ts';
import { readCorpusInputs } from '../../src/pipeline/node/read-inputs.ts';
import { foldForComparison } from '../../src/pipeline/text/fold.ts';
import type { Article, Problem, Section, SourceMeta } from '../../src/contract/article.ts';
import { ROOT } from './fixtures.ts';

/** A fixture page's reviewed expectation: written by reading the page, never by printing output. */
export interface PageExpectation {
  meta: {
    outlet: string | null;
    title: string | null;
    author: string | null;
    date: string | null;
    /** The site that carries a wire's story; absent means none. */
    via?: string | null;
  };
  /** `credit`: a caption's photographer and agency as the page states them (absent: none). */
  keep: Array<{ section: Section; text: string; source?: SourceMeta; credit?: string }>;
  drop: string[];
}

export const PAGES_DIR = join(ROOT, 'tests', 'fixtures', 'pages');
export const HELD_OUT_DIR = join(PAGES_DIR, 'held-out');
const PAGE = /\.(txt|html?)$/i;

export const pagesIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => PAGE.test(name))
    .sort();

export function expectationOf(dir: string, page: string): PageExpectation | null {
  const path = join(dir, page.replace(PAGE, '.expect.json'));
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PageExpectation) : null;
}

let aliases: ReturnType<typeof prepareCorpus>['aliases'] | null = null;

/** One fixture page through the real per-article stage, with the project's geo and no sources.json entry. */
export function readFixture(
  dir: string,
  page: string,
): { article: Article | null; problems: Problem[]; warnings: Problem[] } {
  aliases ??= prepareCorpus(readCorpusInputs({ root: ROOT })).aliases;
  const bytes = new Uint8Array(readFileSync(join(dir, page)));
  return processArticle({ file: `fixtures/${page}`, bytes }, { aliases, source: null });
}

export type Verdict = 'right' | 'null' | 'wrong';

/** A field is right when it says what the reader found (case and quotes aside), null when empty. */
export function verdictOf(
  field: keyof PageExpectation['meta'],
  found: string | null,
  expected: string | null,
): Verdict {
  if (found === null) return expected === null ? 'right' : 'null';
  if (expected === null) return 'wrong';
  if (field === 'date') return found === expected ? 'right' : 'wrong';
  return foldForComparison(found) === foldForComparison(expected) ? 'right' : 'wrong';
}

export const FIELDS = ['title', 'outlet', 'author', 'date'] as const;
