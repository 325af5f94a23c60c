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

/** A fact as it stood on the day: the claims stated by then, and their verdict among themselves. */
export function factAsOf(fact: ResolvedFact, view: AsOfView): ResolvedFact | null {
  const claims = fact.claims.filter((claim) => claimKnown(claim, view));
  if (claims.length === 0) return null;
  if (claims.length === fact.claims.length) return fact;
  return { ...fact, claims, verdict: verdictOf(claims) };
}

/** An excerpt as known on the day: null when its article came later; "also carried by" keeps only the known. */
export function excerptAsOf(excerpt: Excerpt, view: AsOfView): Excerpt | null {
  if (!shown(excerpt.article, view)) return null;
  const alsoIn = excerpt.alsoIn.filter((ref) => shown(ref.article, view));
  if (alsoIn.length === excerpt.alsoIn.length) return excerpt;
  const carried = excerpt.carried
    .map((sentence) => ({ ...sentence, by: sentence.by.filter((ref) => shown(ref.article, view)) }))
    .filter((sentence) => sentence.by.length > 0);
  return { ...excerpt, alsoIn, carried };
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
  const sourceCounts = Object.fromEntries(
    Object.entries(head.sourceCounts).filter(([key]) => shown(keyArticle(key), view)),
  );
  const excerptCount = Object.values(sourceCounts).reduce((sum, count) => sum + count, 0);
  return { ...head, first, facts, sourceCounts, excerptCount };
}

/** A later page of excerpts as known on a day. */
export function pageAsOf(excerpts: readonly Excerpt[], view: AsOfView | null): Excerpt[] {
  return view === null ? [...excerpts] : excerpts.flatMap((excerpt) => excerptAsOf(excerpt, view) ?? []);
}
