import MiniSearch, { type AsPlainObject } from 'minisearch';
import { MIN_TEXT_QUERY, type TextResult } from './search-index.ts';
import { SEARCH_OPTIONS, WORD, fold, type SearchChunk, type SearchDocument } from '../../contract/search.ts';

/* The full-text half of the search: MiniSearch and its chunks load only once the search box is used. */

/** A chunk as the build writes it: MiniSearch's serialised index. */
export type IndexChunk = SearchChunk<AsPlainObject>;

/** A loaded chunk of the full-text index, ready to query. */
export interface LoadedChunk {
  index: MiniSearch<SearchDocument>;
  entries: SearchChunk['entries'];
}

export const loadChunk = (chunk: IndexChunk): LoadedChunk => ({
  index: MiniSearch.loadJS<SearchDocument>(chunk.index, SEARCH_OPTIONS),
  entries: chunk.entries,
});

/**
 * Paragraphs of one chunk holding every word of the query (the last one as a prefix, as it is being
 * typed), best first, each with a snippet around its first matched word and all matched words marked.
 */
export function searchChunk(chunk: LoadedChunk, query: string, limit = 8): TextResult[] {
  if (fold(query.trim()).length < MIN_TEXT_QUERY) return [];
  const hits = chunk.index.search(query, {
    combineWith: 'AND',
    prefix: (_term, index, terms) => index === terms.length - 1,
  });
  return hits.slice(0, limit).flatMap((hit) => {
    const entry = chunk.entries[hit.id as number];
    if (!entry) return [];
    const [featureId, article, paragraph, text] = entry;
    return [{ kind: 'text' as const, featureId, article, paragraph, ...snippet(text, new Set(hit.terms)) }];
  });
}

const SNIPPET_RADIUS = 60;

/** The words of `text` whose folded form is a matched term, and a snippet around the first of them. */
export function snippet(text: string, terms: ReadonlySet<string>): Pick<TextResult, 'label' | 'marks'> {
  const words = [...text.matchAll(WORD)]
    .filter((match) => terms.has(fold(match[0])))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const first = words[0] ?? { start: 0, end: 0 };
  const from = Math.max(0, first.start - SNIPPET_RADIUS);
  const to = Math.min(text.length, first.end + SNIPPET_RADIUS);
  const prefix = from > 0 ? '…' : '';
  const shift = prefix.length - from;
  return {
    label: `${prefix}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
    marks: words
      .filter((word) => word.start >= from && word.end <= to)
      .map((word) => ({ start: word.start + shift, end: word.end + shift })),
  };
}
