import { tokenize, type Token } from './tokenize.ts';
import type { Article } from '../../contract/article.ts';

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

// One polynomial hash below 2^26: small integers are the fastest Map keys. A hash match is always
// confirmed word by word, so a collision costs a comparison, never a wrong "also in".
const PRIME = 67_108_859;
const BASE = 1_000_003 % PRIME;
const POSITION_BITS = 2 ** 20;

/** Hashes of every run of QUOTE_SHINGLE word ids. */
function shingleHashes(ids: Int32Array): Int32Array {
  const count = Math.max(0, ids.length - QUOTE_SHINGLE + 1);
  const hashes = new Int32Array(count);
  for (let start = 0; start < count; start += 1) {
    let hash = 0;
    for (let offset = 0; offset < QUOTE_SHINGLE; offset += 1)
      hash = (hash * BASE + ids[start + offset]!) % PRIME;
    hashes[start] = hash;
  }
  return hashes;
}

function sameRun(left: Int32Array, leftStart: number, right: Int32Array, rightStart: number): boolean {
  for (let offset = 0; offset < QUOTE_SHINGLE; offset += 1)
    if (left[leftStart + offset] !== right[rightStart + offset]) return false;
  return true;
}

/**
 * Finds quotes that two articles share, word for word (case, punctuation and dashes aside). Every
 * run of QUOTE_SHINGLE words is hashed once, and a hash match is confirmed word by word: linear in
 * corpus size.
 */
export function findSharedQuotes(
  articles: readonly Article[],
  tokensByParagraph?: ReadonlyMap<string, readonly Token[]>,
): SharedQuotes {
  const wordIds = new Map<string, number>();
  const keys: string[] = [];
  const articleOf: string[] = [];
  const idsOf: Int32Array[] = [];
  const hashesOf: Int32Array[] = [];
  const holders = new Map<number, number[]>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      const key = `${article.id}#p${paragraph.index}`;
      const tokens = tokensByParagraph?.get(key) ?? tokenize(paragraph.text);
      const ids = new Int32Array(tokens.length);
      tokens.forEach((token, index) => {
        let id = wordIds.get(token.word);
        if (id === undefined) wordIds.set(token.word, (id = wordIds.size + 1));
        ids[index] = id;
      });
      const slot = keys.length;
      keys.push(key);
      articleOf.push(article.id);
      idsOf.push(ids);
      const hashes = shingleHashes(ids);
      hashesOf.push(hashes);
      for (let start = 0; start < hashes.length && start < POSITION_BITS; start += 1) {
        const entry = slot * POSITION_BITS + start;
        const list = holders.get(hashes[start]!);
        if (!list) holders.set(hashes[start]!, [entry]);
        else if (list.length <= MAX_HOLDERS && Math.floor(list.at(-1)! / POSITION_BITS) !== slot)
          list.push(entry);
      }
    }
  }
  const shared: SharedQuotes = new Map();
  for (let slot = 0; slot < keys.length; slot += 1) {
    const hashes = hashesOf[slot]!;
    for (let start = 0; start < hashes.length && start < POSITION_BITS; start += 1) {
      const list = holders.get(hashes[start]!);
      if (!list || list.length < 2 || list.length > MAX_HOLDERS) continue;
      for (const entry of list) {
        const other = Math.floor(entry / POSITION_BITS);
        if (articleOf[other] === articleOf[slot]) continue;
        if (!sameRun(idsOf[slot]!, start, idsOf[other]!, entry % POSITION_BITS)) continue;
        const key = keys[slot]!;
        let partners = shared.get(key);
        if (!partners) shared.set(key, (partners = new Map()));
        let covered = partners.get(keys[other]!);
        if (!covered) partners.set(keys[other]!, (covered = new CoveredTokens(idsOf[slot]!.length)));
        covered.mark(start, start + QUOTE_SHINGLE);
      }
    }
  }
  return shared;
}
