import { AliasIndex, type AliasHit } from './alias-index.ts';
import { tokenize } from './tokenize.ts';
import { neighbourSelector } from './selector.ts';
import { findSharedQuotes, type SharedQuotes } from './shared-quotes.ts';
import type { Article, Excerpt, Mark, Paragraph, Section } from '../../contract/article.ts';

export interface MatchableFeature {
  id: string;
  aliases: readonly string[];
  weakAliases: readonly string[];
}

const WEAK_WEIGHT = 0.5;
/** A longer alias ("41st Combined Arms Army") names its feature more surely than one word. */
const EXTRA_WORD_WEIGHT = 0.25;
const MAX_ALIAS_WEIGHT = 1.75;

const SECTION_WEIGHT: Record<Section, number> = { body: 1, caption: 0.8, related: 0.6 };
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
  }
  return index;
}

export interface ParagraphScore {
  featureId: string;
  score: number;
  marks: Mark[];
  /** Token positions the feature's mentions cover (for quote de-duplication). */
  tokenSpans: Array<[number, number]>;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * How strongly one paragraph speaks of each feature it mentions. Strength is the sum of mention
 * weights; focus is that feature's share of all mentions, so a paragraph *about* Almaty outranks
 * one that lists Almaty among six places. A mention in the first sentence adds a little.
 */
export function scoreParagraph(paragraph: Paragraph, hits: readonly AliasHit[]): ParagraphScore[] {
  const byFeature = new Map<string, AliasHit[]>();
  let total = 0;
  for (const hit of hits) {
    const list = byFeature.get(hit.featureId) ?? [];
    list.push(hit);
    byFeature.set(hit.featureId, list);
    total += hit.weight;
  }
  const leadEnd = paragraph.sentences[0]?.end ?? paragraph.text.length;
  const scores: ParagraphScore[] = [];
  for (const [featureId, featureHits] of byFeature) {
    const strength = featureHits.reduce((sum, hit) => sum + hit.weight, 0);
    const focus = strength / total;
    const lead = featureHits.some((hit) => hit.start < leadEnd) ? LEAD_SENTENCE_BONUS : 0;
    const score = (Math.log2(1 + strength) * (0.4 + 0.6 * focus) + lead) * SECTION_WEIGHT[paragraph.section];
    scores.push({
      featureId,
      score: round(score),
      marks: featureHits.map((hit) => ({ start: hit.start, end: hit.end, alias: hit.alias })),
      tokenSpans: featureHits.map((hit) => [hit.firstToken, hit.endToken]),
    });
  }
  return scores;
}

interface Candidate {
  excerpt: Excerpt;
  tokenSpans: Array<[number, number]>;
  key: string;
}

/** One paragraph's score for one feature it mentions: what the per-article stage hands the reduce. */
export interface ParagraphMatch extends ParagraphScore {
  /** The paragraph's index in its article. */
  paragraph: number;
}

const paragraphKey = (article: string, paragraph: number) => `${article}#p${paragraph}`;

/** Per article (no corpus needed): every paragraph's mentions, scored per feature. */
export function matchArticle(article: Article, index: AliasIndex): ParagraphMatch[] {
  const matches: ParagraphMatch[] = [];
  for (const paragraph of article.paragraphs) {
    for (const scored of scoreParagraph(paragraph, index.find(paragraph.text)))
      matches.push({ paragraph: paragraph.index, ...scored });
  }
  return matches;
}

/**
 * Every feature's excerpts, best first. One pass per paragraph over all aliases, then a sort per
 * feature. A paragraph whose every mention lies in a quote that a better-ranked paragraph of another
 * outlet also carries is shown once, with both sources.
 */
export function rankExcerpts(articles: readonly Article[], index: AliasIndex): Map<string, Excerpt[]> {
  return rankMatches(
    articles,
    articles.map((article) => matchArticle(article, index)),
  );
}

/**
 * The corpus-wide half of ranking: the articles and, for each (same order), its paragraph matches
 * from the per-article stage, in; every feature's excerpts, best first, out.
 */
export function rankMatches(
  articles: readonly Article[],
  matches: ReadonlyArray<readonly ParagraphMatch[]>,
): Map<string, Excerpt[]> {
  const candidates = new Map<string, Candidate[]>();
  articles.forEach((article, position) => {
    const byIndex = new Map(article.paragraphs.map((paragraph) => [paragraph.index, paragraph]));
    for (const scored of matches[position] ?? []) {
      const paragraph = byIndex.get(scored.paragraph);
      if (!paragraph) throw new Error(`${article.id}: a match names paragraph ${scored.paragraph}`);
      const key = paragraphKey(article.id, paragraph.index);
      const list = candidates.get(scored.featureId) ?? [];
      list.push({
        key,
        tokenSpans: scored.tokenSpans,
        excerpt: {
          id: key,
          article: article.id,
          paragraph: paragraph.index,
          section: paragraph.section,
          text: paragraph.text,
          score: scored.score,
          marks: scored.marks,
          source: paragraph.source,
          carried: [],
          alsoIn: [],
          quotes: null,
          selector: paragraph.selector ?? neighbourSelector(article.paragraphs, paragraph.index),
        },
      });
      candidates.set(scored.featureId, list);
    }
  });
  const shared = findSharedQuotes(articles);
  const result = new Map<string, Excerpt[]>();
  for (const [featureId, list] of candidates) {
    list.sort(
      (a, b) =>
        b.excerpt.score - a.excerpt.score ||
        a.excerpt.article.localeCompare(b.excerpt.article) ||
        a.excerpt.paragraph - b.excerpt.paragraph,
    );
    result.set(featureId, mergeSharedQuotes(list, shared));
  }
  return result;
}

function mergeSharedQuotes(ranked: readonly Candidate[], shared: SharedQuotes): Excerpt[] {
  const kept: Candidate[] = [];
  const keptByKey = new Map<string, Candidate>();
  for (const candidate of ranked) {
    const partners = shared.get(candidate.key);
    // Look only at the paragraphs this one shares words with (few), not at everything kept so far.
    let host: Candidate | undefined;
    for (const [partnerKey, covered] of partners ?? []) {
      const earlier = keptByKey.get(partnerKey);
      if (earlier && candidate.tokenSpans.every(([from, to]) => covered.covers(from, to))) {
        host = earlier;
        break;
      }
    }
    if (host) {
      addSource(host.excerpt, candidate.excerpt.article, candidate.excerpt.paragraph);
      continue;
    }
    for (const partnerKey of partners?.keys() ?? []) {
      const [article, paragraph] = partnerKey.split('#p') as [string, string];
      addSource(candidate.excerpt, article, Number(paragraph));
    }
    kept.push(candidate);
    keptByKey.set(candidate.key, candidate);
  }
  return kept.map((candidate) => candidate.excerpt);
}

function addSource(excerpt: Excerpt, article: string, paragraph: number): void {
  if (!excerpt.alsoIn.some((ref) => ref.article === article && ref.paragraph === paragraph)) {
    excerpt.alsoIn.push({ article, paragraph });
  }
}
