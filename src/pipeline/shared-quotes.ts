import type { Token } from './tokenize.ts';
import type { Article } from './types.ts';

/** How many words in a row two outlets must share to count as carrying the same quote. */
export const QUOTE_SHINGLE = 8;

/** A run of words carried by more paragraphs than this is boilerplate, not a quote. */
const MAX_HOLDERS = 16;

export class CoveredTokens {
  readonly #covered: Uint8Array;
  constructor(length: number) {
    this.#covered = new Uint8Array(length);
  }
  mark(from: number, to: number): void {
    this.#covered.fill(1, from, to);
  }
  covers(from: number, to: number): boolean {
    for (let index = from; index < to; index += 1) if (!this.#covered[index]) return false;
    return true;
  }
}

/** For each paragraph key: the paragraphs of other articles it shares quotes with, and which of its words. */
export type SharedQuotes = Map<string, Map<string, CoveredTokens>>;

/**
 * Finds quotes that two articles share, word for word (case, punctuation and dashes aside), by
 * hashing every run of QUOTE_SHINGLE words once: linear in corpus size.
 */
export function findSharedQuotes(
  articles: readonly Article[],
  tokensByParagraph: ReadonlyMap<string, readonly Token[]>,
): SharedQuotes {
  const articleOf = new Map<string, string>();
  const holders = new Map<string, string[]>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      const key = `${article.id}#p${paragraph.index}`;
      articleOf.set(key, article.id);
      const words = (tokensByParagraph.get(key) ?? []).map((token) => token.word);
      for (let start = 0; start + QUOTE_SHINGLE <= words.length; start += 1) {
        const shingle = words.slice(start, start + QUOTE_SHINGLE).join(' ');
        const list = holders.get(shingle);
        if (!list) holders.set(shingle, [key]);
        else if (list.at(-1) !== key) list.push(key);
      }
    }
  }
  const shared: SharedQuotes = new Map();
  for (const [key, tokens] of tokensByParagraph) {
    const words = tokens.map((token) => token.word);
    for (let start = 0; start + QUOTE_SHINGLE <= words.length; start += 1) {
      const list = holders.get(words.slice(start, start + QUOTE_SHINGLE).join(' '));
      if (!list || list.length < 2 || list.length > MAX_HOLDERS) continue;
      for (const other of list) {
        if (articleOf.get(other) === articleOf.get(key)) continue;
        let partners = shared.get(key);
        if (!partners) shared.set(key, (partners = new Map()));
        let covered = partners.get(other);
        if (!covered) partners.set(other, (covered = new CoveredTokens(tokens.length)));
        covered.mark(start, start + QUOTE_SHINGLE);
      }
    }
  }
  return shared;
}
