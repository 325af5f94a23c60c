/** Word tokens with their character offsets: what the matcher and the quote finder walk over. */
import { foldWord } from './fold.ts';

export interface Token {
  /** Lower-case, accents removed: "Novo-Ogaryovo" gives "novo" and "ogaryovo". */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
export { foldWord };

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: foldWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
