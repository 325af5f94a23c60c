import type { AliasIndex } from './alias-index.ts';
import { foldText } from '../fold.ts';
import { isNamed, weighMentions } from './mentions.ts';
import { matchArticle, type ParagraphMatch } from './score-article.ts';
import { neighbourSelector } from '../quotes/selector.ts';
import { corroborate, corroborationOf, type CorroborationIndex } from '../quotes/shared-quotes.ts';
import type { Article, Excerpt, Paragraph, SourceRef } from '../../../contract/article.ts';

/**
 * Ranking the corpus: every feature's excerpts across articles, in the order an editor reads them.
 *
 * 1. Tiers. The articles' own prose that names the feature comes first (a demonym names it too); then
 *    captions and standfirsts that name it, and own prose that only refers to it (an epithet, a
 *    pronoun, a place within it);
 *    then captions that only refer to it; related stories kept on a page come last. So a caption or
 *    a related story never outranks the articles' own text that names the feature too.
 * 2. Within a tier, key paragraphs lead: an article's lede (its first paragraph of prose: news puts
 *    what matters first) for the features it is about, and a paragraph that a curated fact of the
 *    feature quotes (it states what the feature is: the deployment's size, the war's toll), also for
 *    the features of the same layer the quoted words name. Then by score.
 * 3. A paragraph that quotes another article comes just after its original; a paragraph pulled in as
 *    context comes just after the paragraph that leans on it.
 */

/** The paragraphs (`article#pN`) each feature's curated facts quote. */
export type KeyParagraphs = ReadonlyMap<string, ReadonlySet<string>>;

/** A feature's facts as the geo files give them (each claim's article and verbatim words), and its layers. */
export interface FactQuotes {
  id: string;
  /** Its layer and the layers it is a member of (Kazakhstan: "kazakhstan" and "csto"). */
  layers: readonly string[];
  facts: ReadonlyArray<{ claims: ReadonlyArray<{ article: string; quote: string }> }>;
}

/**
 * The paragraphs each feature's curated facts quote, keyed by feature. A quote that names other
 * features of the same layer outright states what they did too ("2,500 soldiers from Armenia,
 * Belarus, Kyrgyzstan, Russia and Tajikistan" for each CSTO member): it is theirs as well. A quote not
 * found is left to the facts' own check.
 */
export function keyParagraphs(
  features: readonly FactQuotes[],
  articles: readonly Article[],
  aliases: AliasIndex,
): KeyParagraphs {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const layersOf = new Map(features.map((feature) => [feature.id, feature.layers]));
  const keys = new Map<string, Set<string>>();
  const add = (featureId: string, paragraph: string) =>
    keys.set(featureId, (keys.get(featureId) ?? new Set()).add(paragraph));
  for (const feature of features) {
    for (const claim of feature.facts.flatMap((fact) => fact.claims)) {
      const wanted = foldText(claim.quote);
      const paragraph = byId
        .get(claim.article)
        ?.paragraphs.find((candidate) => foldText(candidate.text).includes(wanted));
      if (!paragraph) continue;
      add(feature.id, paragraph.id);
      for (const mention of weighMentions(claim.quote, aliases.find(claim.quote), aliases)) {
        const shared = (layersOf.get(mention.featureId) ?? []).some((layer) =>
          feature.layers.includes(layer),
        );
        if (isNamed(mention) && mention.weight >= 1 && shared) add(mention.featureId, paragraph.id);
      }
    }
  }
  return keys;
}

/** Every feature's excerpts, best first (see rankMatches), scoring each article here. */
export function rankExcerpts(
  articles: readonly Article[],
  index: AliasIndex,
  keys: KeyParagraphs = new Map(),
): Map<string, Excerpt[]> {
  return rankMatches(
    articles,
    articles.map((article) => matchArticle(article, index)),
    keys,
  );
}

/**
 * Whether an excerpt names its feature (a name, or a demonym: "Ukrainians"), not only through an
 * epithet, a pronoun, a place within it, or as context.
 */
const names = (excerpt: Excerpt) =>
  excerpt.marks.some((mark) => mark.via === undefined && (!mark.reference || mark.reference === 'demonym'));

/** Own prose naming the feature 0; captions naming it, or own prose referring to it 1; captions referring 2; related 3. */
export function tierOf(excerpt: Excerpt): number {
  if (excerpt.section === 'related') return 3;
  const prose = excerpt.section === 'body';
  const named = names(excerpt);
  return prose && named ? 0 : prose || named ? 1 : 2;
}

/**
 * The corpus-wide half of ranking: the articles and, for each (same order), its paragraph matches
 * from the per-article stage, in; every feature's excerpts, best first, out. No paragraph is hidden:
 * sentences another outlet carries are marked (`carried`), and a paragraph that quotes another
 * article comes after its original. The streamed reduce makes the same lists from excerptOf,
 * LedeKeys and rankFeatureExcerpts without holding the corpus.
 */
export function rankMatches(
  articles: readonly Article[],
  matches: ReadonlyArray<readonly ParagraphMatch[]>,
  keys: KeyParagraphs = new Map(),
): Map<string, Excerpt[]> {
  const corroboration = corroborate(articles);
  const lists = new Map<string, Excerpt[]>();
  const ledes = new LedeKeys();
  articles.forEach((article, position) => {
    const byIndex = new Map(article.paragraphs.map((paragraph) => [paragraph.index, paragraph]));
    for (const scored of matches[position] ?? []) {
      const excerpt = excerptOf(article, byIndex, scored, corroboration);
      ledes.note(scored, excerpt);
      const list = lists.get(scored.featureId) ?? [];
      list.push(excerpt);
      lists.set(scored.featureId, list);
    }
  });
  const result = new Map<string, Excerpt[]>();
  for (const [featureId, list] of lists)
    result.set(featureId, rankFeatureExcerpts(list, ledes.withFacts(featureId, keys)));
  return result;
}

/** The ledes met while matches become excerpts, by feature: with a feature's fact paragraphs, its key paragraphs. */
export class LedeKeys {
  readonly #ledes = new Map<string, Set<string>>();

  note(scored: ParagraphMatch, excerpt: Excerpt): void {
    if (!scored.lede) return;
    this.#ledes.set(scored.featureId, (this.#ledes.get(scored.featureId) ?? new Set()).add(excerpt.id));
  }

  withFacts(featureId: string, keys: KeyParagraphs): Set<string> {
    return new Set([...(this.#ledes.get(featureId) ?? []), ...(keys.get(featureId) ?? [])]);
  }
}

/** One paragraph match as the excerpt a panel shows: its text, marks, source, selector, corroboration and context. */
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
  const excerpt: Excerpt = {
    id: paragraph.id,
    article: article.id,
    paragraph: paragraph.index,
    section: paragraph.section,
    text: paragraph.text,
    score: scored.score,
    marks: scored.marks,
    source: paragraph.source,
    reference: paragraph.reference,
    carried,
    alsoIn,
    quotes,
    selector: paragraph.selector ?? neighbourSelector(article.paragraphs, paragraph.index),
  };
  if (scored.contextFor !== undefined) {
    const leaning = byIndex.get(scored.contextFor);
    if (!leaning)
      throw new Error(`${article.id}: context for paragraph ${scored.contextFor}, which is not there`);
    excerpt.contextFor = leaning.id;
  }
  return excerpt;
}

/**
 * One feature's excerpts (in any order) ranked: by tier, key paragraphs (`keys`: excerpt ids) first
 * within a tier, then by score; originals before the paragraphs that quote them; context after the
 * paragraph that leans on it. The streamed reduce (src/pipeline/stream-reduce.ts) ranks with this too.
 */
export function rankFeatureExcerpts(
  list: readonly Excerpt[],
  keys: ReadonlySet<string> = new Set(),
): Excerpt[] {
  const isKey = (excerpt: Excerpt) => (excerpt.contextFor === undefined && keys.has(excerpt.id) ? 0 : 1);
  const sorted = [...list].sort(
    (a, b) =>
      tierOf(a) - tierOf(b) ||
      isKey(a) - isKey(b) ||
      b.score - a.score ||
      a.article.localeCompare(b.article) ||
      a.paragraph - b.paragraph,
  );
  return contextAfterItsParagraph(originalsFirst(sorted));
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

/** Moves each context paragraph to just after the excerpt that leans on it (dropped if that is absent). */
export function contextAfterItsParagraph(ranked: readonly Excerpt[]): Excerpt[] {
  const result = ranked.filter((excerpt) => excerpt.contextFor === undefined);
  for (const context of ranked.filter((excerpt) => excerpt.contextFor !== undefined)) {
    const at = result.findIndex((excerpt) => excerpt.id === context.contextFor);
    if (at >= 0) result.splice(at + 1, 0, context);
  }
  return result;
}
