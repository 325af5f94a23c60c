import type { Excerpt } from '../../contract/article.ts';
import type { FeatureEvidence, FeatureHead, ResolvedClaim, ResolvedFact } from '../../contract/dataset.ts';
import type { KnownOn } from '../../contract/timeline.ts';
import { verdictOf } from '../../contract/verdict.ts';

/** "As known on" a day: what the filter needs besides the evidence. */
export interface AsOfView {
  /** `YYYY-MM-DD`. */
  asOf: string;
  /** Article id → the day it is known from (the timeline's `articles`). */
  known: Readonly<Record<string, KnownOn>>;
  /** The corpus's single year, for a claim dated `--MM-DD`; null when there is none. */
  year: string | null;
  /** Hide articles that state no date at all (by default they stay, marked "date not stated"). */
  hideUndated: boolean;
}

/** Whether an article was published by the day: `known`, `later`, or `undated` (it states no date). */
export function articleStatus(articleId: string, view: AsOfView): 'known' | 'later' | 'undated' {
  const date = view.known[articleId]?.date ?? null;
  if (date === null) return 'undated';
  return date <= view.asOf ? 'known' : 'later';
}

/** Whether an article's text shows on the day: published by then, or undated and not hidden. */
export function articleShown(articleId: string, view: AsOfView | null): boolean {
  if (view === null) return true;
  const status = articleStatus(articleId, view);
  return status === 'known' || (status === 'undated' && !view.hideUndated);
}

const shown = articleShown;

/** The day a claim speaks of as `YYYY-MM-DD`: a yearless `--MM-DD` takes the corpus's year; else null. */
export function claimDay(asOf: string | null, year: string | null): string | null {
  if (asOf === null) return null;
  if (asOf.startsWith('--')) return year === null ? null : `${year}${asOf.slice(1)}`;
  return asOf;
}

/** A claim stated by the day: its article published by then, and the day it speaks of not after it. */
export function claimKnown(claim: ResolvedClaim, view: AsOfView): boolean {
  if (!shown(claim.article, view)) return false;
  const day = claimDay(claim.asOf, view.year);
  return day === null || day <= view.asOf;
}

/**
 * The filtered copies made so far, each with the key of what it kept: a copy is made once for each
 * input and key, and the same one is given back while the key stays, so a day that changes nothing
 * in a panel gives it the same objects and nothing re-renders (the slider steps a day at a time).
 */
interface Kept<T> {
  key: string;
  value: T;
}
function remembered<K extends object, V>(
  cache: WeakMap<K, Kept<V>>,
  input: K,
  key: string,
  make: () => V,
): V {
  const before = cache.get(input);
  if (before?.key === key) return before.value;
  const value = make();
  cache.set(input, { key, value });
  return value;
}
const keptFacts = new WeakMap<ResolvedFact, Kept<ResolvedFact>>();
const keptExcerpts = new WeakMap<Excerpt, Kept<Excerpt>>();

/** Which of `items` pass, as a key of ones and zeros. */
const passKey = <T>(items: readonly T[], pass: (item: T) => boolean): string =>
  items.map((item) => (pass(item) ? '1' : '0')).join('');

/** The same items in the same order (each the same object). */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * A fact as it stood on the day: the claims stated by then, and their verdict among themselves. The
 * same object for every day that keeps the same claims.
 */
export function factAsOf(fact: ResolvedFact, view: AsOfView): ResolvedFact | null {
  const key = passKey(fact.claims, (claim) => claimKnown(claim, view));
  if (!key.includes('1')) return null;
  if (!key.includes('0')) return fact;
  return remembered(keptFacts, fact, key, () => {
    const claims = fact.claims.filter((_, index) => key[index] === '1');
    return { ...fact, claims, verdict: verdictOf(claims) };
  });
}

/**
 * An excerpt as known on the day: null when its article came later; "also carried by" keeps only the
 * known. The same object for every day that keeps the same articles.
 */
export function excerptAsOf(excerpt: Excerpt, view: AsOfView): Excerpt | null {
  if (!shown(excerpt.article, view)) return null;
  const known = (ref: { article: string }) => shown(ref.article, view);
  if (excerpt.alsoIn.every(known)) return excerpt;
  const key = [excerpt.alsoIn, ...excerpt.carried.map((sentence) => sentence.by)]
    .map((refs) => passKey(refs, known))
    .join('|');
  return remembered(keptExcerpts, excerpt, key, () => {
    const alsoIn = excerpt.alsoIn.filter(known);
    const carried = excerpt.carried
      .map((sentence) => ({ ...sentence, by: sentence.by.filter(known) }))
      .filter((sentence) => sentence.by.length > 0);
    return { ...excerpt, alsoIn, carried };
  });
}

/**
 * A feature's evidence as known on a day: only excerpts and claims published (and, for a claim, speaking
 * of a day) on or before it. Articles that state no date stay unless `hideUndated`. Pure; the input is
 * not changed, and what passes unchanged is the same object.
 */
export function evidenceAsOf(evidence: FeatureEvidence, view: AsOfView | null): FeatureEvidence {
  if (view === null) return evidence;
  const excerpts = evidence.excerpts.flatMap((excerpt) => excerptAsOf(excerpt, view) ?? []);
  const facts = evidence.facts.flatMap((fact) => factAsOf(fact, view) ?? []);
  return { ...evidence, excerpts, facts };
}

/** The article a panel source key belongs to (see provenance.ts `sourceKey`: `article` or `article~related~…`). */
const keyArticle = (key: string): string => key.split('~related~')[0]!;

/**
 * A feature's first file as known on a day: its first window and facts filtered as `evidenceAsOf`
 * does, and its counts kept only for articles shown on the day, so the header's count is exact
 * before any later page is fetched. Later pages are filtered as they arrive (`pageAsOf`).
 */
export function headAsOf(head: FeatureHead, view: AsOfView | null): FeatureHead {
  if (view === null) return head;
  const first = head.first.flatMap((excerpt) => excerptAsOf(excerpt, view) ?? []);
  const facts = head.facts.flatMap((fact) => factAsOf(fact, view) ?? []);
  const sources = Object.keys(head.sourceCounts);
  const key = passKey(sources, (source) => shown(keyArticle(source), view));
  const before = keptHeads.get(head);
  if (before?.key === key && sameItems(before.value.first, first) && sameItems(before.value.facts, facts))
    return before.value;
  const sourceCounts = Object.fromEntries(
    sources.flatMap((source, index) => (key[index] === '1' ? [[source, head.sourceCounts[source]!]] : [])),
  );
  const excerptCount = Object.values(sourceCounts).reduce((sum, count) => sum + count, 0);
  const value = { ...head, first, facts, sourceCounts, excerptCount };
  keptHeads.set(head, { key, value });
  return value;
}
const keptHeads = new WeakMap<FeatureHead, Kept<FeatureHead>>();

/**
 * A later page of excerpts as known on a day: the same array for every day that keeps the same
 * excerpts (a new one with no day).
 */
export function pageAsOf(excerpts: readonly Excerpt[], view: AsOfView | null): readonly Excerpt[] {
  if (view === null) return [...excerpts];
  const next = excerpts.flatMap((excerpt) => excerptAsOf(excerpt, view) ?? []);
  const before = keptPages.get(excerpts);
  if (before && sameItems(before, next)) return before;
  keptPages.set(excerpts, next);
  return next;
}
const keptPages = new WeakMap<readonly Excerpt[], readonly Excerpt[]>();
