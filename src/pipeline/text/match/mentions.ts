import type { AliasHit, AliasIndex } from './alias-index.ts';
import type { Article, ReferenceKind } from '../../../contract/article.ts';

/** One mention of one feature, weighed: what a paragraph's score is made of. */
export interface Mention {
  featureId: string;
  alias: string;
  start: number;
  end: number;
  weight: number;
  /** The contained feature this mention names, when it counts for its container. */
  via?: string;
  /** Set when the words refer to the feature without naming it (a demonym, a resolved epithet). */
  reference?: ReferenceKind;
  /** Set when the mention stands in a clause about an earlier year ("Ukraine in 2005"). */
  historical?: boolean;
}

/** A name inside another feature's longer name ("Ukraine's" in "Ukraine's border") counts half. */
const NESTED_FACTOR = 0.5;
/** A mention of a contained feature (Almaty) counts this much for its container (Kazakhstan). */
const CONTAINED_FACTOR = 0.5;
/** A mention in a clause about an earlier year ("Ukraine in 2005") is history, not news. */
const HISTORICAL_FACTOR = 0.5;
/** How many years before the article's latest stated year a clause must speak of to be history. */
const HISTORY_YEARS = 2;

const covers = (outer: AliasHit, inner: AliasHit) =>
  outer !== inner &&
  outer.start <= inner.start &&
  inner.end <= outer.end &&
  outer.end - outer.start > inner.end - inner.start;

/**
 * Weighs the alias hits of one paragraph (epithets already resolved, see references.ts). A hit inside
 * a longer hit of the same feature is the same mention; an incidental phrase ("the Minsk talks")
 * names nothing; inside another feature's longer name a hit counts half; in a clause about an earlier
 * year it counts half; and every mention also counts, more weakly, for the features containing it.
 */
export function weighMentions(
  text: string,
  hits: readonly AliasHit[],
  index: AliasIndex,
  historyBefore: number | null = null,
): Mention[] {
  const direct: Mention[] = [];
  for (const hit of hits) {
    if (hits.some((other) => other.featureId === hit.featureId && covers(other, hit))) continue;
    if (hit.weight <= 0) continue;
    const nested = hits.some(
      (other) => other.featureId !== hit.featureId && other.weight > 0 && covers(other, hit),
    );
    let weight = hit.weight * (nested ? NESTED_FACTOR : 1);
    const historical = historyBefore !== null && inHistoricalClause(text, hit.start, hit.end, historyBefore);
    if (historical) weight *= HISTORICAL_FACTOR;
    const mention: Mention = {
      featureId: hit.featureId,
      alias: hit.alias,
      start: hit.start,
      end: hit.end,
      weight,
    };
    if (hit.reference) mention.reference = hit.reference;
    if (historical) mention.historical = true;
    direct.push(mention);
  }
  const mentions = [...direct];
  for (const mention of direct) {
    let factor = CONTAINED_FACTOR;
    for (const container of index.containersOf(mention.featureId)) {
      mentions.push({
        ...mention,
        featureId: container,
        weight: mention.weight * factor,
        via: mention.featureId,
      });
      factor *= CONTAINED_FACTOR;
    }
  }
  // One span counts once per feature: the strongest reading of it.
  const kept: Mention[] = [];
  for (const mention of mentions.sort((a, b) => b.weight - a.weight || a.start - b.start)) {
    const overlaps = kept.some(
      (other) =>
        other.featureId === mention.featureId && other.start < mention.end && mention.start < other.end,
    );
    if (!overlaps) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start || a.featureId.localeCompare(b.featureId));
}

/** Whether a mention names its feature outright: not through a contained feature, not by reference. */
export const isNamed = (mention: Mention) => mention.via === undefined && mention.reference === undefined;

const CLAUSE_BREAK = /[,;:.!?()\u2013\u2014]/u;
const IN_YEAR = /\b(?:in|of|during)\s+((?:19|20)\d{2})\b/gu;

/** Whether the words stand in a clause that speaks of a year before `before` ("… Ukraine in 2005"). */
function inHistoricalClause(text: string, start: number, end: number, before: number): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to += 1;
  for (const match of text.slice(from, to).matchAll(IN_YEAR)) if (Number(match[1]) <= before) return true;
  return false;
}

/** The latest year an article states, less HISTORY_YEARS: what counts as history in that article. */
export function historyCutoff(article: Article): number | null {
  let latest = 0;
  for (const paragraph of article.paragraphs)
    for (const match of paragraph.text.matchAll(/\b((?:19|20)\d{2})\b/gu))
      latest = Math.max(latest, Number(match[1]));
  return latest === 0 ? null : latest - HISTORY_YEARS;
}
