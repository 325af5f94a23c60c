import { AliasIndex, type AliasHit } from './alias-index.ts';
import { tokenize } from './tokenize.ts';
import { neighbourSelector } from './selector.ts';
import { corroborate, corroborationOf, type CorroborationIndex } from './shared-quotes.ts';
import type { Article, Excerpt, Mark, Paragraph, Section, SourceRef } from '../../contract/article.ts';

export interface MatchableFeature {
  id: string;
  aliases: readonly string[];
  weakAliases: readonly string[];
  /** Phrases that name the feature only in passing ("the Minsk talks" for Belarus): weak at most. */
  incidentalAliases?: readonly string[];
  /** Features that contain this one (Kazakhstan for Almaty): a mention counts for them, more weakly. */
  within?: readonly string[];
}

const WEAK_WEIGHT = 0.5;
/** A phrase that names the feature in passing counts for less than a loose reference. */
const INCIDENTAL_WEIGHT = 0.25;
/** A longer alias ("41st Combined Arms Army") names its feature more surely than one word. */
const EXTRA_WORD_WEIGHT = 0.25;
const MAX_ALIAS_WEIGHT = 1.75;
/** A name inside another feature's longer name ("Ukraine's" in "Ukraine's border") counts half. */
const NESTED_FACTOR = 0.5;
/** A mention of a contained feature (Almaty) counts this much for its container (Kazakhstan). */
const CONTAINED_FACTOR = 0.5;
/** A mention in a clause about an earlier year ("Ukraine in 2005") is history, not news. */
const HISTORICAL_FACTOR = 0.5;
/** How many years before the article's latest stated year a clause must speak of to be history. */
const HISTORY_YEARS = 2;

const SECTION_WEIGHT: Record<Section, number> = { body: 1, standfirst: 0.8, caption: 0.8, related: 0.6 };
const LEAD_SENTENCE_BONUS = 0.25;

export function buildAliasIndex(features: readonly MatchableFeature[]): AliasIndex {
  const index = new AliasIndex();
  for (const feature of features) {
    const add = (alias: string, base: number) => {
      const words = tokenize(alias).length;
      const weight = Math.min(MAX_ALIAS_WEIGHT, base + EXTRA_WORD_WEIGHT * Math.max(0, words - 1));
      index.add({ featureId: feature.id, alias, weight });
    };
    for (const alias of feature.aliases) add(alias, 1);
    for (const alias of feature.weakAliases) add(alias, WEAK_WEIGHT);
    for (const alias of feature.incidentalAliases ?? [])
      index.add({ featureId: feature.id, alias, weight: INCIDENTAL_WEIGHT });
    if (feature.within?.length) index.setWithin(feature.id, feature.within);
  }
  return index;
}

/** One mention of one feature, weighed: what a paragraph's score is made of. */
export interface Mention {
  featureId: string;
  alias: string;
  start: number;
  end: number;
  weight: number;
  /** The contained feature this mention names, when it counts for its container. */
  via?: string;
}

/**
 * Weighs the raw alias hits of one paragraph. A hit inside a longer hit of the same feature is the
 * same mention; inside another feature's longer name it counts half; in a clause about an earlier
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
    const sameLonger = hits.some(
      (other) =>
        other !== hit &&
        other.featureId === hit.featureId &&
        other.start <= hit.start &&
        hit.end <= other.end &&
        other.end - other.start > hit.end - hit.start,
    );
    if (sameLonger) continue;
    const nested = hits.some(
      (other) =>
        other.featureId !== hit.featureId &&
        other.start <= hit.start &&
        hit.end <= other.end &&
        other.end - other.start > hit.end - hit.start,
    );
    let weight = hit.weight * (nested ? NESTED_FACTOR : 1);
    if (historyBefore !== null && inHistoricalClause(text, hit.start, hit.end, historyBefore))
      weight *= HISTORICAL_FACTOR;
    direct.push({ featureId: hit.featureId, alias: hit.alias, start: hit.start, end: hit.end, weight });
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

export interface ParagraphScore {
  featureId: string;
  score: number;
  marks: Mark[];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * How strongly one paragraph speaks of each feature it mentions. Strength is the sum of mention
 * weights; focus is that feature's share of the paragraph's direct mentions, so a paragraph *about*
 * Almaty outranks one that lists Almaty among six places. A mention in the first sentence adds a little.
 */
export function scoreParagraph(paragraph: Paragraph, mentions: readonly Mention[]): ParagraphScore[] {
  const byFeature = new Map<string, Mention[]>();
  let total = 0;
  for (const mention of mentions) {
    const list = byFeature.get(mention.featureId) ?? [];
    list.push(mention);
    byFeature.set(mention.featureId, list);
    if (mention.via === undefined) total += mention.weight;
  }
  const leadEnd = paragraph.sentences[0]?.end ?? paragraph.text.length;
  const scores: ParagraphScore[] = [];
  for (const [featureId, featureMentions] of byFeature) {
    const strength = featureMentions.reduce((sum, mention) => sum + mention.weight, 0);
    const focus = Math.min(1, strength / Math.max(total, strength));
    const lead = featureMentions.some((mention) => mention.start < leadEnd && mention.via === undefined)
      ? LEAD_SENTENCE_BONUS
      : 0;
    const score = (Math.log2(1 + strength) * (0.4 + 0.6 * focus) + lead) * SECTION_WEIGHT[paragraph.section];
    scores.push({
      featureId,
      score: round(score),
      marks: featureMentions.map(({ start, end, alias, via }) =>
        via === undefined ? { start, end, alias } : { start, end, alias, via },
      ),
    });
  }
  return scores;
}

/** One paragraph's score for one feature it mentions: what the per-article stage hands the reduce. */
export interface ParagraphMatch extends ParagraphScore {
  /** The paragraph's index in its article. */
  paragraph: number;
}

/** Per article (no corpus needed): every paragraph's mentions, weighed and scored per feature. */
export function matchArticle(article: Article, index: AliasIndex): ParagraphMatch[] {
  const matches: ParagraphMatch[] = [];
  const history = historyCutoff(article);
  for (const paragraph of article.paragraphs) {
    const mentions = weighMentions(paragraph.text, index.find(paragraph.text), index, history);
    for (const scored of scoreParagraph(paragraph, mentions))
      matches.push({ paragraph: paragraph.index, ...scored });
  }
  return matches;
}

/** Every feature's excerpts, best first (see rankMatches). */
export function rankExcerpts(articles: readonly Article[], index: AliasIndex): Map<string, Excerpt[]> {
  return rankMatches(
    articles,
    articles.map((article) => matchArticle(article, index)),
  );
}

/** The articles' own text (body, captions) ranks above the related stories kept on their pages. */
const tier = (section: Section) => (section === 'related' ? 1 : 0);

/**
 * The corpus-wide half of ranking: the articles and, for each (same order), its paragraph matches
 * from the per-article stage, in; every feature's excerpts, best first, out. Own text ranks above
 * related stories; within each, by score. No paragraph is hidden: sentences another outlet carries
 * are marked (`carried`), and a paragraph that quotes another article comes after its original.
 * The streamed reduce (src/pipeline/stream-reduce.ts) makes the same lists from excerptOf and
 * rankFeatureExcerpts without holding the corpus.
 */
export function rankMatches(
  articles: readonly Article[],
  matches: ReadonlyArray<readonly ParagraphMatch[]>,
): Map<string, Excerpt[]> {
  const corroboration = corroborate(articles);
  const lists = new Map<string, Excerpt[]>();
  articles.forEach((article, position) => {
    const byIndex = new Map(article.paragraphs.map((paragraph) => [paragraph.index, paragraph]));
    for (const scored of matches[position] ?? []) {
      const list = lists.get(scored.featureId) ?? [];
      list.push(excerptOf(article, byIndex, scored, corroboration));
      lists.set(scored.featureId, list);
    }
  });
  const result = new Map<string, Excerpt[]>();
  for (const [featureId, list] of lists) result.set(featureId, rankFeatureExcerpts(list));
  return result;
}

/** One paragraph match as the excerpt a panel shows: its text, marks, source, selector and corroboration. */
export function excerptOf(
  article: Article,
  byIndex: ReadonlyMap<number, Paragraph>,
  scored: ParagraphMatch,
  corroboration: CorroborationIndex,
): Excerpt {
  const paragraph = byIndex.get(scored.paragraph);
  if (!paragraph) throw new Error(`${article.id}: a match names paragraph ${scored.paragraph}`);
  const ref: SourceRef = { article: article.id, paragraph: paragraph.index };
  const { carried, alsoIn, quotes } = corroborationOf(corroboration, ref);
  return {
    id: paragraph.id,
    article: article.id,
    paragraph: paragraph.index,
    section: paragraph.section,
    text: paragraph.text,
    score: scored.score,
    marks: scored.marks,
    source: paragraph.source,
    carried,
    alsoIn,
    quotes,
    selector: paragraph.selector ?? neighbourSelector(article.paragraphs, paragraph.index),
  };
}

/** One feature's excerpts (in any order) ranked: own text first, by score, originals before quotes. */
export function rankFeatureExcerpts(list: Excerpt[]): Excerpt[] {
  list.sort(
    (a, b) =>
      tier(a.section) - tier(b.section) ||
      b.score - a.score ||
      a.article.localeCompare(b.article) ||
      a.paragraph - b.paragraph,
  );
  return originalsFirst(list);
}

/** Moves each quoting paragraph to just after the original it quotes, when both are in the list. */
export function originalsFirst(ranked: readonly Excerpt[]): Excerpt[] {
  const result = [...ranked];
  for (const excerpt of ranked) {
    const original = excerpt.quotes;
    if (!original) continue;
    const at = result.indexOf(excerpt);
    const originalAt = result.findIndex(
      (other) => other.article === original.article && other.paragraph === original.paragraph,
    );
    if (originalAt > at) {
      result.splice(at, 1);
      result.splice(originalAt, 0, excerpt);
    }
  }
  return result;
}
