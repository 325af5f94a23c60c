/**
 * The full-text search both sides agree on: how text is cut into words and folded (the build indexes
 * with it, the browser queries with it), and the files the build writes for it. MiniSearch is each
 * side's own; this names no library. Imports nothing.
 */

/** A word: letters and digits, with inner apostrophes ("Kazakhstan's"). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Case, accents and curly apostrophes aside. */
export const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");

export interface SearchDocument {
  id: number;
  text: string;
}

/** How the index reads a document: the fields and how words are cut and folded (MiniSearch's options). */
export interface SearchOptions {
  fields: string[];
  storeFields: string[];
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string;
}

/** The options shared by the build (which indexes) and the browser (which loads and queries). */
export const SEARCH_OPTIONS: SearchOptions = {
  fields: ['text'],
  storeFields: [],
  tokenize: (text) => text.match(WORD) ?? [],
  processTerm: (term) => fold(term),
};

/** One paragraph in the search: the feature it is the strongest evidence for, where it is, its text. */
export type SearchEntry = [featureId: string, article: string, paragraph: number, text: string];

/**
 * One chunk of the index: an index over `entries` (document id = position), as the search library
 * serialises it (`Index`: MiniSearch's `AsPlainObject` on both sides).
 */
export interface SearchChunk<Index = unknown> {
  index: Index;
  entries: SearchEntry[];
}

/** Fetched when the search box is first used: aliases for the feature search, and the text chunks. */
export interface SearchManifest {
  /** Feature id → its aliases (a name search also finds "Kazakhstan's largest city"). */
  aliases: Record<string, string[]>;
  /** URLs of the text index chunks, searched in order. */
  chunks: string[];
}
