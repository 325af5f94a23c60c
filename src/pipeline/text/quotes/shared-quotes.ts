import { tokenize, type Token } from '../tokenize.ts';
import type { Article, CarriedSentence, Paragraph, SourceRef } from '../../../contract/article.ts';

/**
 * Corroboration at the sentence level. Two outlets corroborate a sentence only when the other one
 * carries that *sentence*, near-verbatim: at least CARRIED_SHARE of its words, in order, within a
 * stretch of the other paragraph not much longer than the sentence. Sharing a phrase or an
 * institution's name is not carrying. A shared run of SHINGLE words only nominates the pair of
 * paragraphs to compare, so the work stays linear in the corpus.
 */

/** Words in a row two paragraphs must share before their sentences are compared. */
export const SHINGLE = 8;
/** Share of a sentence's words that the other paragraph must hold, in order. */
export const CARRIED_SHARE = 0.9;
/** A sentence (or quoted passage) shorter than this is too short to say whose it is. */
export const MIN_UNIT_WORDS = 6;
/** The matched stretch of the other paragraph may be at most this much longer than the sentence. */
const MAX_STRETCH = 1.35;
/** A run of words held by more paragraphs than this is boilerplate, not a quote. */
const MAX_HOLDERS = 16;

export interface Corroboration {
  carried: CarriedSentence[];
  /** Every paragraph named in `carried`, once. */
  alsoIn: SourceRef[];
  /** The original this paragraph reproduces, when it quotes another article. */
  quotes: SourceRef | null;
}

/** A sentence, or a quoted passage inside one, as word ids with its character span. */
interface Unit {
  start: number;
  end: number;
  /** Indexes into the paragraph's tokens. */
  from: number;
  to: number;
  /** True when the unit stands inside quotation marks in its paragraph. */
  quoted: boolean;
}

/** One paragraph as the corroboration search holds it: its reference and its words as ids. */
interface SlotIds {
  ref: SourceRef;
  ids: Int32Array;
}

/** A paragraph of a candidate pair, with what comparing its sentences needs. */
interface Slot extends SlotIds {
  paragraph: Paragraph;
  tokens: Token[];
  /** Computed only for paragraphs that share a run with another (most share none). */
  units: Unit[] | null;
}

/** Corroboration of every paragraph that shares a sentence with another article, by article then paragraph. */
export type CorroborationIndex = Map<string, Map<number, Corroboration>>;

/** Every article's paragraphs at hand (small corpora, tests): see CorroborationSearch for the streamed form. */
export function corroborate(articles: readonly Article[]): CorroborationIndex {
  const search = new CorroborationSearch();
  for (const article of articles) search.add(article);
  const byRef = new Map(
    articles.flatMap((article) =>
      article.paragraphs.map((paragraph) => [`${article.id}#${paragraph.index}`, paragraph] as const),
    ),
  );
  return search.finish((ref) => byRef.get(`${ref.article}#${ref.paragraph}`)!);
}

/**
 * The corroboration search over a corpus streamed one article at a time, in corpus order. `add`
 * keeps only each paragraph's words as integer ids and counts its runs of SHINGLE words (by hash);
 * `needed` then names the few paragraphs that share a run with another article's, and `finish`
 * compares their sentences, given those paragraphs. Memory: four bytes a word, not the articles.
 */
export class CorroborationSearch {
  readonly #wordIds = new Map<string, number>();
  readonly #slots: SlotIds[] = [];
  readonly #counts: HolderCounts;
  #pairs: CandidatePair[] | null = null;

  /** `smallCounts`: distinct runs counted in a Map before the fixed-size table takes over. */
  constructor({ smallCounts = 1 << 20 }: { smallCounts?: number } = {}) {
    this.#counts = new HolderCounts(smallCounts);
  }

  add(article: Article): void {
    for (const paragraph of article.paragraphs) {
      const tokens = tokenize(paragraph.text);
      const ids = new Int32Array(tokens.length);
      tokens.forEach((token, index) => {
        let id = this.#wordIds.get(token.word);
        if (id === undefined) this.#wordIds.set(token.word, (id = this.#wordIds.size + 1));
        ids[index] = id;
      });
      this.#slots.push({ ref: { article: article.id, paragraph: paragraph.index }, ids });
      const hashes = shingleHashes(ids);
      for (let start = 0; start < hashes.length && start < POSITION_LIMIT; start += 1)
        this.#counts.add(hashes[start]!);
    }
  }

  /** The paragraphs whose sentences `finish` compares (those that share a run with another article's). */
  needed(): SourceRef[] {
    this.#pairs ??= candidatePairs(this.#slots, this.#counts);
    const slots = new Set(this.#pairs.flatMap((pair) => [pair.left, pair.right]));
    return [...slots].sort((a, b) => a - b).map((slot) => this.#slots[slot]!.ref);
  }

  /** Compares the candidate pairs' sentences; `paragraphOf` gives each paragraph `needed` named. */
  finish(paragraphOf: (ref: SourceRef) => Paragraph): CorroborationIndex {
    this.#pairs ??= candidatePairs(this.#slots, this.#counts);
    const slots = new Map<number, Slot>();
    const slot = (index: number): Slot => {
      let found = slots.get(index);
      if (!found) {
        const { ref, ids } = this.#slots[index]!;
        const paragraph = paragraphOf(ref);
        slots.set(index, (found = { ref, ids, paragraph, tokens: tokenize(paragraph.text), units: null }));
      }
      return found;
    };
    const result: CorroborationIndex = new Map();
    for (const { left, right, anchors } of this.#pairs) {
      const a = slot(left);
      const b = slot(right);
      const aCarried = carriedUnits(a, b, anchors);
      const bCarried = carriedUnits(
        b,
        a,
        anchors.map(([aStart, bStart]): [number, number] => [bStart, aStart]),
      );
      if (aCarried.length === 0 && bCarried.length === 0) continue;
      const entryA = entry(result, a.ref);
      const entryB = entry(result, b.ref);
      for (const unit of aCarried) addCarried(entryA, unit, b.ref);
      for (const unit of bCarried) addCarried(entryB, unit, a.ref);
      const direction = whoQuotes(a, aCarried, b, bCarried);
      if (direction === 'a' && !entryA.quotes) entryA.quotes = b.ref;
      if (direction === 'b' && !entryB.quotes) entryB.quotes = a.ref;
    }
    for (const byParagraph of result.values())
      for (const value of byParagraph.values()) value.carried = mergeOverlaps(value.carried);
    return result;
  }
}

export function corroborationOf(index: CorroborationIndex, ref: SourceRef): Corroboration {
  return index.get(ref.article)?.get(ref.paragraph) ?? { carried: [], alsoIn: [], quotes: null };
}

function entry(index: CorroborationIndex, ref: SourceRef): Corroboration {
  let byParagraph = index.get(ref.article);
  if (!byParagraph) index.set(ref.article, (byParagraph = new Map()));
  let value = byParagraph.get(ref.paragraph);
  if (!value) byParagraph.set(ref.paragraph, (value = { carried: [], alsoIn: [], quotes: null }));
  return value;
}

const sameRef = (x: SourceRef, y: SourceRef) => x.article === y.article && x.paragraph === y.paragraph;

function addCarried(target: Corroboration, unit: Unit, by: SourceRef): void {
  let carried = target.carried.find((item) => item.start === unit.start && item.end === unit.end);
  if (!carried) target.carried.push((carried = { start: unit.start, end: unit.end, by: [] }));
  if (!carried.by.some((ref) => sameRef(ref, by))) carried.by.push(by);
  if (!target.alsoIn.some((ref) => sameRef(ref, by))) target.alsoIn.push(by);
}

/** A sentence and the quotation inside it are one carried stretch: overlapping ranges merge. */
function mergeOverlaps(carried: readonly CarriedSentence[]): CarriedSentence[] {
  const merged: CarriedSentence[] = [];
  for (const item of [...carried].sort((x, y) => x.start - y.start || y.end - x.end)) {
    const last = merged.at(-1);
    if (last && item.start < last.end) {
      last.end = Math.max(last.end, item.end);
      for (const ref of item.by) if (!last.by.some((other) => sameRef(other, ref))) last.by.push(ref);
    } else merged.push({ start: item.start, end: item.end, by: [...item.by] });
  }
  return merged;
}

const OPENING_QUOTES = new Set(['“', '"', '«', '‘']);
const CLOSING_QUOTES = new Set(['”', '"', '»', '’']);

/**
 * The paragraph's sentences, and inside them every passage in quotation marks: "He explains that
 * “…”" carries the quoted words even when the attribution around them is the quoting outlet's own.
 */
export function sentenceUnits(paragraph: Paragraph, tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  const quotedSpans = quotationSpans(paragraph.text);
  const isQuoted = (start: number, end: number) =>
    quotedSpans.some((span) => span.start <= start && end <= span.end);
  const add = (start: number, end: number) => {
    const from = firstTokenFrom(tokens, start);
    if (from >= tokens.length) return;
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= end) to += 1;
    if (to - from < MIN_UNIT_WORDS) return;
    if (units.some((unit) => unit.from === from && unit.to === to)) return;
    const first = tokens[from]!;
    const last = tokens[to - 1]!;
    units.push({ start: first.start, end: last.end, from, to, quoted: isQuoted(first.start, last.end) });
  };
  for (const sentence of paragraph.sentences) add(sentence.start, sentence.end);
  for (const span of quotedSpans) {
    // A quotation that runs over several sentences is compared sentence by sentence.
    for (const sentence of paragraph.sentences) {
      const start = Math.max(span.start, sentence.start);
      const end = Math.min(span.end, sentence.end);
      if (start < end) add(start, end);
    }
  }
  return units;
}

/** Index of the first token that starts at or after `offset` (binary search). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Character spans between matching quotation marks (straight quotes pair up in order). */
function quotationSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let open = -1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    // An apostrophe inside a word ("Russia’s") is not a quotation mark.
    if (
      (char === '’' || char === '‘') &&
      /\p{L}/u.test(text[index - 1] ?? '') &&
      /\p{L}/u.test(text[index + 1] ?? '')
    )
      continue;
    if (char === '‘' || char === '’') continue;
    if (open < 0 && OPENING_QUOTES.has(char)) open = index + 1;
    else if (open >= 0 && CLOSING_QUOTES.has(char)) {
      spans.push({ start: open, end: index });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}

/**
 * The units of `own` that `other` carries near-verbatim. Only units that hold a shared run are
 * compared, each against the stretch of `other` where that run stands (give or take the words a
 * near-verbatim copy may add or drop), so the cost follows the shared text, not the paragraphs' size.
 */
function carriedUnits(own: Slot, other: Slot, anchors: ReadonlyArray<[number, number]>): Unit[] {
  own.units ??= sentenceUnits(own.paragraph, own.tokens);
  return own.units.filter((unit) => {
    const length = unit.to - unit.from;
    const slack = Math.ceil((MAX_STRETCH - 1) * length) + 1;
    const tried = new Set<number>();
    for (const [ownStart, otherStart] of anchors) {
      if (ownStart >= unit.to || ownStart + SHINGLE <= unit.from) continue;
      const from = Math.max(0, otherStart - (ownStart - unit.from) - slack);
      if (tried.has(from)) continue;
      tried.add(from);
      const window = other.ids.subarray(from, otherStart + (unit.to - ownStart) + slack);
      if (carries(window, own.ids.subarray(unit.from, unit.to))) return true;
    }
    return false;
  });
}

/**
 * Whether `haystack` holds `needle` near-verbatim: the longest common subsequence of the needle and
 * some stretch of the haystack at most MAX_STRETCH times the needle's length covers at least
 * CARRIED_SHARE of the needle. A stretch can only start where one of the needle's first few words
 * stands (the ones that may be missing are few), so few windows are tried.
 */
export function carries(haystack: Int32Array, needle: Int32Array): boolean {
  const m = needle.length;
  if (m === 0) return false;
  const needed = Math.ceil(CARRIED_SHARE * m);
  const window = Math.ceil(MAX_STRETCH * m);
  const openers = new Set(needle.subarray(0, m - needed + 1));
  const row = new Int32Array(m + 1);
  for (let start = 0; start < haystack.length; start += 1) {
    if (!openers.has(haystack[start]!)) continue;
    if (longestCommon(needle, haystack.subarray(start, start + window), row) >= needed) return true;
  }
  return false;
}

/** Length of the longest common subsequence (one row of the table, reused). */
function longestCommon(needle: Int32Array, stretch: Int32Array, row: Int32Array): number {
  row.fill(0);
  for (const word of stretch) {
    let diagonal = 0;
    for (let i = 1; i <= needle.length; i += 1) {
      const above = row[i]!;
      row[i] = needle[i - 1] === word ? diagonal + 1 : Math.max(above, row[i - 1]!);
      diagonal = above;
    }
  }
  return row[needle.length]!;
}

/**
 * Which of two paragraphs quotes the other. A paragraph quotes when the words it shares stand in
 * quotation marks there but not in the other (the original's own prose), or when it names the
 * other's author. Two paragraphs that both quote a third person, or carry the same wire copy, quote
 * neither.
 */
function whoQuotes(a: Slot, aCarried: Unit[], b: Slot, bCarried: Unit[]): 'a' | 'b' | null {
  const quotedShare = (units: Unit[]) =>
    units.length === 0 ? 0 : units.filter((unit) => unit.quoted).length / units.length;
  const aQuoted = quotedShare(aCarried);
  const bQuoted = quotedShare(bCarried);
  if (aQuoted > 0 && bQuoted === 0 && bCarried.length + aCarried.length > 0) return 'a';
  if (bQuoted > 0 && aQuoted === 0 && bCarried.length + aCarried.length > 0) return 'b';
  const names = (slot: Slot, author: string | null) =>
    author !== null && surname(author) !== '' && slot.paragraph.text.includes(surname(author));
  const aNamesB = names(a, b.paragraph.source.author);
  const bNamesA = names(b, a.paragraph.source.author);
  if (aNamesB && !bNamesA) return 'a';
  if (bNamesA && !aNamesB) return 'b';
  return null;
}

const surname = (author: string) => author.trim().split(/\s+/).at(-1) ?? '';

/** Hashes of every run of SHINGLE word ids (one polynomial hash below 2^26). */
const PRIME = 67_108_859;
const BASE = 1_000_003 % PRIME;
/** Positions within a paragraph are encoded below this (a paragraph of a million words is not prose). */
const POSITION_LIMIT = 2 ** 20;

function shingleHashes(ids: Int32Array): Int32Array {
  const count = Math.max(0, ids.length - SHINGLE + 1);
  const hashes = new Int32Array(count);
  for (let start = 0; start < count; start += 1) {
    let hash = 0;
    for (let offset = 0; offset < SHINGLE; offset += 1) hash = (hash * BASE + ids[start + offset]!) % PRIME;
    hashes[start] = hash;
  }
  return hashes;
}

interface CandidatePair {
  left: number;
  right: number;
  /** Where each shared run starts: [position in left, position in right]. */
  anchors: Array<[number, number]>;
}

/**
 * How many paragraph positions hold each run hash, up to MAX_HOLDERS + 1 (a run held more often is
 * boilerplate either way). A Map while the corpus is small; one byte per possible hash beyond that,
 * so that tens of millions of runs cost a fixed 64 MB rather than a Map entry each.
 */
class HolderCounts {
  readonly #smallLimit: number;
  #small: Map<number, number> | null = new Map();
  #large: Uint8Array | null = null;

  constructor(smallLimit: number) {
    this.#smallLimit = smallLimit;
  }

  add(hash: number): void {
    if (this.#large) {
      if (this.#large[hash]! <= MAX_HOLDERS) this.#large[hash]! += 1;
      return;
    }
    const small = this.#small!;
    small.set(hash, Math.min(MAX_HOLDERS + 1, (small.get(hash) ?? 0) + 1));
    if (small.size > this.#smallLimit) {
      this.#large = new Uint8Array(PRIME);
      for (const [key, count] of small) this.#large[key] = count;
      this.#small = null;
    }
  }

  get(hash: number): number {
    return this.#large ? this.#large[hash]! : (this.#small!.get(hash) ?? 0);
  }
}

/**
 * Pairs of paragraphs of different articles that share a run of SHINGLE words (hash, then word by
 * word). A run whose hash more than MAX_HOLDERS positions hold is skipped. Pairs come in the order of
 * each run's first holder, so the result does not depend on how the counts were kept.
 */
function candidatePairs(slots: readonly SlotIds[], counts: HolderCounts): CandidatePair[] {
  // Each holder is one integer (paragraph slot × 2^20 + position); only runs held at least twice
  // (and at most MAX_HOLDERS times) are listed.
  const holders = new Map<number, number[]>();
  slots.forEach((slot, index) => {
    const hashes = shingleHashes(slot.ids);
    for (let start = 0; start < hashes.length && start < POSITION_LIMIT; start += 1) {
      const hash = hashes[start]!;
      const count = counts.get(hash);
      if (count < 2 || count > MAX_HOLDERS) continue;
      const held = holders.get(hash);
      if (held) held.push(index * POSITION_LIMIT + start);
      else holders.set(hash, [index * POSITION_LIMIT + start]);
    }
  });
  const pairs = new Map<number, Map<number, CandidatePair>>();
  for (const list of holders.values()) {
    for (let x = 0; x < list.length; x += 1)
      for (let y = x + 1; y < list.length; y += 1) {
        const left = Math.floor(list[x]! / POSITION_LIMIT);
        const right = Math.floor(list[y]! / POSITION_LIMIT);
        const leftStart = list[x]! % POSITION_LIMIT;
        const rightStart = list[y]! % POSITION_LIMIT;
        if (slots[left]!.ref.article === slots[right]!.ref.article) continue;
        if (!sameRun(slots[left]!.ids, leftStart, slots[right]!.ids, rightStart)) continue;
        let partners = pairs.get(left);
        if (!partners) pairs.set(left, (partners = new Map()));
        let pair = partners.get(right);
        if (!pair) partners.set(right, (pair = { left, right, anchors: [] }));
        pair.anchors.push([leftStart, rightStart]);
      }
  }
  return [...pairs.values()].flatMap((partners) => [...partners.values()]);
}

function sameRun(left: Int32Array, leftStart: number, right: Int32Array, rightStart: number): boolean {
  for (let offset = 0; offset < SHINGLE; offset += 1)
    if (left[leftStart + offset] !== right[rightStart + offset]) return false;
  return true;
}
