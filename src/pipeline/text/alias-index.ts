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
 * over its tokens, so cost grows with text length (times the longest alias), not with aliases × text.
 */
export class AliasIndex {
  readonly #root = newNode();
  #size = 0;
  readonly #within = new Map<string, string[]>();

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

  /** The features that contain `featureId` (Kazakhstan for Almaty), as the geo files say. */
  setWithin(featureId: string, containers: readonly string[]): void {
    this.#within.set(featureId, [...containers]);
  }

  /** Every feature containing `featureId`, nearest first, each once (containment is transitive). */
  containersOf(featureId: string): string[] {
    const found: string[] = [];
    const queue = [...(this.#within.get(featureId) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (next === featureId || found.includes(next)) continue;
      found.push(next);
      queue.push(...(this.#within.get(next) ?? []));
    }
    return found;
  }

  get size(): number {
    return this.#size;
  }

  /**
   * Every mention in the text, nested ones included: "Kazakhstan's largest city" gives Almaty's
   * alias and, inside it, Kazakhstan's. One pass over the tokens, following the trie from each word.
   */
  find(text: string, tokens: readonly Token[] = tokenize(text)): AliasHit[] {
    const hits: AliasHit[] = [];
    for (let index = 0; index < tokens.length; index += 1) {
      let node: TrieNode | undefined = this.#root;
      for (let cursor = index; cursor < tokens.length; cursor += 1) {
        node = node.next.get(tokens[cursor]!.word);
        if (!node) break;
        for (const entry of node.entries)
          hits.push({
            ...entry,
            start: tokens[index]!.start,
            end: tokens[cursor]!.end,
            firstToken: index,
            endToken: cursor + 1,
          });
      }
    }
    return hits;
  }
}
