import { tokenize, type Token } from '../tokenize.ts';

import type { ReferenceKind } from '../../../contract/article.ts';

/**
 * How words in the index refer to a feature without its name: a demonym or adjective ("Ukrainians",
 * "Kazakh"), or an epithet ("the country") that stands for whichever of its features was named last.
 */
export type IndexedReference = Exclude<ReferenceKind, 'pronoun' | 'comparison'>;

export interface AliasEntry {
  featureId: string;
  /** The alias as written in the geo file. */
  alias: string;
  /** How strongly a mention names the feature: 1 for a name, less for a loose reference, 0 for none. */
  weight: number;
  /** Set when the words refer to the feature rather than name it. */
  reference?: IndexedReference;
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

/** What the matcher needs of a feature: plain data, so a worker can rebuild the index from it. */
export interface MatchableFeature {
  id: string;
  aliases: readonly string[];
  weakAliases: readonly string[];
  /** Phrases that name something else after the feature ("the Minsk talks" for Belarus): never a mention. */
  incidentalAliases?: readonly string[];
  /** Features that contain this one (Kazakhstan for Almaty): a mention counts for them, more weakly. */
  within?: readonly string[];
  /** Demonyms and adjectives ("Ukrainians", "Kazakh"): a reference, weaker than a name. */
  demonyms?: readonly string[];
  /**
   * Definite descriptions that may stand for the feature ("the country", "the Central Asian nation"):
   * its own and its layer's for its kind. One resolves to the feature only when the feature was named
   * last among those it may stand for, a short way before, in the same text.
   */
  epithets?: readonly string[];
}

/** A name counts 1; a loose reference ("Moscow" for Russia) and a demonym ("Kazakh") half. */
export const WEAK_WEIGHT = 0.5;
export const DEMONYM_WEIGHT = 0.5;
/** A longer alias ("41st Combined Arms Army") names its feature more surely than one word. */
const EXTRA_WORD_WEIGHT = 0.25;
const MAX_ALIAS_WEIGHT = 1.75;

/** The index of every feature's names, loose names, demonyms, epithets and incidental phrases. */
export function buildAliasIndex(features: readonly MatchableFeature[]): AliasIndex {
  const index = new AliasIndex();
  for (const feature of features) {
    const add = (alias: string, base: number, reference?: IndexedReference) => {
      const words = tokenize(alias).length;
      const weight = Math.min(MAX_ALIAS_WEIGHT, base + EXTRA_WORD_WEIGHT * Math.max(0, words - 1));
      index.add({ featureId: feature.id, alias, weight, ...(reference ? { reference } : {}) });
    };
    for (const alias of feature.aliases) add(alias, 1);
    for (const alias of feature.weakAliases) add(alias, WEAK_WEIGHT);
    for (const alias of feature.demonyms ?? []) add(alias, DEMONYM_WEIGHT, 'demonym');
    // An incidental phrase only keeps the name inside it from counting ("Minsk" in "the Minsk talks").
    for (const alias of feature.incidentalAliases ?? [])
      index.add({ featureId: feature.id, alias, weight: 0 });
    // An epithet weighs nothing until it is resolved to the feature named last (references.ts).
    for (const alias of feature.epithets ?? [])
      index.add({ featureId: feature.id, alias, weight: 0, reference: 'epithet' });
    if (feature.within?.length) index.setWithin(feature.id, feature.within);
  }
  return index;
}

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
