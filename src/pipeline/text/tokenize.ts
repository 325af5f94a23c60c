/** Word tokens with their character offsets: what the matcher and the quote finder walk over. */

export interface Token {
  /** Lower-case, accents removed: "Novo-Ogaryovo" gives "novo" and "ogaryovo". */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;

export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: foldWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
