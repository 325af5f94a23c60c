import type { AsPlainObject, Options } from 'minisearch';

/** A word: letters and digits, with inner apostrophes ("Kazakhstan's"). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Case, accents and curly apostrophes aside. */
export const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");

export interface SearchDocument {
  id: number;
  text: string;
}

/** MiniSearch options shared by the build (which indexes) and the browser (which loads and queries). */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['text'],
  storeFields: [],
  tokenize: (text) => text.match(WORD) ?? [],
  processTerm: (term) => fold(term),
};

/** One paragraph in the search: the feature it is the strongest evidence for, where it is, its text. */
export type SearchEntry = [featureId: string, article: string, paragraph: number, text: string];

/** One chunk of the index: a MiniSearch index over `entries` (document id = position). */
export interface SearchChunk {
  index: AsPlainObject;
  entries: SearchEntry[];
}

/** Fetched when the search box is first used: aliases for the feature search, and the text chunks. */
export interface SearchManifest {
  /** Feature id → its aliases (a name search also finds "Kazakhstan's largest city"). */
  aliases: Record<string, string[]>;
  /** URLs of the text index chunks, searched in order. */
  chunks: string[];
}
