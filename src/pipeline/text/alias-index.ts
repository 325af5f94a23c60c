import { tokenize, type Token } from './tokenize.ts';

export interface AliasEntry {
  featureId: string;
  /** The alias as written in the geo file. */
  alias: string;
  /** How strongly a mention names the feature: 1 for a name, less for a loose reference. */
  weight: number;
}

export interface AliasHit extends AliasEntry {
  start: number;
  end: number;
  /** Index of the first and one past the last token the alias covers. */
  firstToken: number;
  endToken: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

/**
 * A word-level trie of every alias of every feature. Finding all mentions in a text is one pass
 * over its tokens (leftmost-longest), so cost grows with text length, not with aliases × text.
 */
export class AliasIndex {
  readonly #root = newNode();
  #size = 0;

  add(entry: AliasEntry): void {
    const words = tokenize(entry.alias).map((token) => token.word);
    if (words.length === 0) throw new Error(`alias "${entry.alias}" of ${entry.featureId} has no words`);
    let node = this.#root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = newNode();
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.entries.some((existing) => existing.featureId === entry.featureId)) {
      node.entries.push(entry);
      this.#size += 1;
    }
  }

  get size(): number {
    return this.#size;
  }

  /** Mentions in the text; at each position the longest alias wins and its words are not matched again. */
  find(text: string, tokens: readonly Token[] = tokenize(text)): AliasHit[] {
    const hits: AliasHit[] = [];
    let index = 0;
    while (index < tokens.length) {
      let node: TrieNode | undefined = this.#root;
      let best: { entries: AliasEntry[]; endToken: number } | null = null;
      for (let cursor = index; cursor < tokens.length; cursor += 1) {
        node = node.next.get(tokens[cursor]!.word);
        if (!node) break;
        if (node.entries.length > 0) best = { entries: node.entries, endToken: cursor + 1 };
      }
      if (!best) {
        index += 1;
        continue;
      }
      const start = tokens[index]!.start;
      const end = tokens[best.endToken - 1]!.end;
      for (const entry of best.entries) {
        hits.push({ ...entry, start, end, firstToken: index, endToken: best.endToken });
      }
      index = best.endToken;
    }
    return hits;
  }
}
