import type { Section } from '../../contract/article.ts';
import type { ArticleSummary, FeatureEvidence } from '../../contract/dataset.ts';
import type { Citation } from '../../contract/story.ts';
import { foundOnLine, type Referenced } from '../panel/citation/cite.ts';
import { FIRST_WINDOW, groupBySource } from '../panel/group-excerpts.ts';
import type { QuotedText } from '../sources/provenance.ts';
import { sourceKey } from '../../contract/source-key.ts';

type Articles = Readonly<Record<string, ArticleSummary>>;

/** A quoted text with its source's Chicago author-date reference (formatted by the pipeline). */
export type CitedText = QuotedText & Pick<Referenced, 'reference'>;

/** What a view shows quotes from, with the metadata of the pages they were found on. */
export interface ShownQuotes {
  quotes: CitedText[];
  articles: Articles;
}

export interface Footnote {
  number: number;
  /** The Chicago author-date reference, then where the text was found when that is not its own page. */
  text: string;
}

/** The open panel's first window: the best sources' excerpts, in the panel's order (group-excerpts.ts). */
export function panelQuotes(evidence: Pick<FeatureEvidence, 'excerpts' | 'articles'>): ShownQuotes {
  const groups = groupBySource(evidence.excerpts, evidence.articles).slice(0, FIRST_WINDOW.groups);
  return {
    quotes: groups.flatMap((group) => group.excerpts.slice(0, FIRST_WINDOW.perGroup)),
    articles: evidence.articles,
  };
}

/** A briefing step's citations, each credited to whoever wrote it (a related story to its own outlet). */
export function stepQuotes(cite: readonly Citation[]): ShownQuotes {
  const articles: Record<string, ArticleSummary> = {};
  const quotes = cite.map((citation): CitedText => {
    articles[citation.article] = { id: citation.article, meta: citation.meta };
    const section: Section =
      citation.section === 'related' || citation.section === 'caption' ? citation.section : 'body';
    return {
      article: citation.article,
      paragraph: citation.paragraph,
      section,
      text: citation.text,
      source: citation.source,
      reference: citation.reference,
    };
  });
  return { quotes, articles };
}

/** For each quote, the number of its source's footnote (sources numbered in first-shown order). */
export function noteNumbers(quotes: readonly QuotedText[]): number[] {
  const numbers = new Map<string, number>();
  return quotes.map((quoted) => {
    const key = sourceKey(quoted);
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return numbers.get(key)!;
  });
}

/**
 * One numbered footnote per source, in first-shown order: its Chicago author-date reference (as the
 * pipeline formatted it) and, for a related story or a caption, where it was found.
 */
export function footnotes({ quotes, articles }: ShownQuotes): Footnote[] {
  const first = new Map<string, CitedText>();
  for (const quoted of quotes) if (!first.has(sourceKey(quoted))) first.set(sourceKey(quoted), quoted);
  return [...first.values()].map((quoted, index) => ({
    number: index + 1,
    text: [quoted.reference, foundOnLine(quoted, articles)].filter(Boolean).join(' '),
  }));
}

/** The footnotes as the PNG's Description and the PDF's text carry them: "1. …" one a line. */
export const footnoteLines = (notes: readonly Footnote[]): string =>
  notes.map((note) => `${note.number}. ${note.text}`).join('\n');
