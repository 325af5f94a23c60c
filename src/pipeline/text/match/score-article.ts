import type { AliasIndex } from './alias-index.ts';
import { historyCutoff, weighMentions, type Mention } from './mentions.ts';
import {
  comparisonLed,
  leansOnPrevious,
  pronounLed,
  REFERENCE_WEIGHT,
  resolveEpithets,
  type NamedAt,
} from './references.ts';
import { tokenize } from '../tokenize.ts';
import type { Article, Mark, Paragraph, Section } from '../../../contract/article.ts';

/**
 * Scoring one article (no corpus needed): every paragraph's mentions, names and references, weighed
 * and scored per feature, and the paragraphs that others lean on pulled in as their context.
 */

const SECTION_WEIGHT: Record<Section, number> = { body: 1, standfirst: 0.8, caption: 0.8, related: 0.6 };
const LEAD_SENTENCE_BONUS = 0.25;
/** A paragraph pulled in as context scores this share of the paragraph that leans on it. */
const CONTEXT_FACTOR = 0.5;
/** A paragraph is about the features scoring at least this share of its best-scored one. */
const ABOUT_SHARE = 0.75;

export interface ParagraphScore {
  featureId: string;
  score: number;
  marks: Mark[];
}

/** One paragraph's score for one feature: what the per-article stage hands the reduce. */
export interface ParagraphMatch extends ParagraphScore {
  /** The paragraph's index in its article. */
  paragraph: number;
  /** Whether the paragraph is about this feature (see aboutOf), not only mentions it. */
  about?: boolean;
  /** Set on the article's lede (its first paragraph of prose) for the features it is about. */
  lede?: boolean;
  /**
   * Set when this paragraph is pulled in only as context: the index of the paragraph after it that
   * leans on it ("For instance, …", "That …", "But …") and speaks of the feature.
   */
  contextFor?: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

const toMark = ({ start, end, alias, via, reference }: Mention): Mark => ({
  start,
  end,
  alias,
  ...(via === undefined ? {} : { via }),
  ...(reference === undefined ? {} : { reference }),
});

/**
 * How strongly one paragraph speaks of each feature it mentions. Strength is the sum of mention
 * weights; focus is that feature's share of the paragraph's direct mentions, so a paragraph *about*
 * Almaty outranks one that lists Almaty among six places. A name in the first sentence adds a little.
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
    const strength = strengthOf(featureMentions);
    const focus = Math.min(1, strength / Math.max(total, strength));
    // The lead sentence counts for a name said there now, not for a reference or a clause about history.
    const lead = featureMentions.some(
      (mention) =>
        mention.start < leadEnd &&
        mention.via === undefined &&
        (mention.reference === undefined || mention.reference === 'demonym') &&
        !mention.historical,
    )
      ? LEAD_SENTENCE_BONUS
      : 0;
    const score = (Math.log2(1 + strength) * (0.4 + 0.6 * focus) + lead) * SECTION_WEIGHT[paragraph.section];
    scores.push({ featureId, score: round(score), marks: featureMentions.map(toMark) });
  }
  return scores;
}

/** What separates the members of a list: ", ", " and ", ", and ", " or " (and a "the" before a member). */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+)?$/iu;
/** A run of this many names, one after another, is a list: its members are not what the paragraph is about. */
const LIST_LENGTH = 3;

/**
 * A feature's strength in a paragraph: its mentions' weights, but a place within it counts once
 * however often it is named (five mentions of Almaty do not make a paragraph five times about Kazakhstan).
 */
function strengthOf(mentions: readonly Mention[]): number {
  const viaBest = new Map<string, number>();
  let sum = 0;
  for (const mention of mentions) {
    if (mention.via === undefined) sum += mention.weight;
    else viaBest.set(mention.via, Math.max(viaBest.get(mention.via) ?? 0, mention.weight));
  }
  for (const weight of viaBest.values()) sum += weight;
  return sum;
}

/**
 * The features a paragraph is about, from its mentions: those it names outright (not through a
 * place within them, not only as one of a list of three or more) with at least ABOUT_SHARE of the
 * strongest one's weight; when it names none that way, those it refers to. Best first.
 */
export function aboutOf(text: string, mentions: readonly Mention[]): string[] {
  // A clause about an earlier year ("protests swept it in 2009") is history, not what the paragraph is about.
  const direct = mentions
    .filter((mention) => mention.via === undefined && !mention.historical)
    .sort((a, b) => a.start - b.start);
  const listed = new Set<Mention>();
  let run: Mention[] = [];
  const closeRun = () => {
    if (new Set(run.map((mention) => mention.featureId)).size >= LIST_LENGTH)
      run.forEach((mention) => listed.add(mention));
    run = [];
  };
  for (const mention of direct) {
    const last = run.at(-1);
    if (last && !(mention.start >= last.end && LIST_GAP.test(text.slice(last.end, mention.start))))
      closeRun();
    run.push(mention);
  }
  closeRun();
  const strength = new Map<string, { weight: number; outright: boolean; free: boolean }>();
  for (const mention of direct) {
    const entry = strength.get(mention.featureId) ?? { weight: 0, outright: false, free: false };
    entry.weight += mention.weight;
    entry.outright ||= mention.reference === undefined;
    entry.free ||= !listed.has(mention);
    strength.set(mention.featureId, entry);
  }
  // Members of a list are not what the paragraph is about ("Velmora, Dravia and Kessel were in the news").
  let pool = [...strength].filter(([, entry]) => entry.free);
  if (pool.some(([, entry]) => entry.outright)) pool = pool.filter(([, entry]) => entry.outright);
  const best = Math.max(0, ...pool.map(([, entry]) => entry.weight));
  return pool
    .filter(([, entry]) => entry.weight >= best * ABOUT_SHARE)
    .sort((a, b) => b[1].weight - a[1].weight || a[0].localeCompare(b[0]))
    .map(([featureId]) => featureId);
}

/** The article's own text is read as one text; a caption or a related story each on its own. */
const isOwnText = (section: Section) => section === 'body' || section === 'standfirst';

/**
 * Per article: every paragraph's mentions, weighed and scored per feature. Epithets resolve to the
 * feature named last (references.ts); a paragraph that opens on a pronoun and names nothing, or on a
 * comparison ("As in Belarus, …"), is about what the paragraph before it was about (by reference); and a paragraph that the next one leans on is
 * added, as context, for each feature that next paragraph is about and it does not mention.
 */
export function matchArticle(article: Article, index: AliasIndex): ParagraphMatch[] {
  const matches: ParagraphMatch[] = [];
  const history = historyCutoff(article);
  const named = new Map<string, NamedAt>();
  let position = -1;
  let ledeSeen = false;
  let previous: { index: number; about: string[]; mentioned: Set<string> } | null = null;
  for (const paragraph of article.paragraphs) {
    const own = isOwnText(paragraph.section);
    if (own) position += 1;
    const memory = own ? named : new Map<string, NamedAt>();
    const here = own ? position : 0;
    const hits = index.find(paragraph.text);
    const epithets = hits.filter((hit) => hit.reference === 'epithet');
    const others = hits.filter((hit) => hit.reference !== 'epithet');
    const plain = weighMentions(paragraph.text, others, index, history);
    const namedHere = plain.filter((mention) => mention.via === undefined);
    const resolved = resolveEpithets(epithets, others, memory, namedHere, here);
    let mentions =
      resolved.length > 0 ? weighMentions(paragraph.text, [...others, ...resolved], index, history) : plain;
    if (own && mentions.length === 0 && previous && pronounLed(paragraph.text))
      mentions = inherited(paragraph.text, previous.about);
    else if (own && previous && comparisonLed(paragraph.text)) {
      const named = new Set(mentions.map((mention) => mention.featureId));
      mentions = [
        ...mentions,
        ...inherited(
          paragraph.text,
          previous.about.filter((id) => !named.has(id)),
          'comparison',
        ),
      ];
    }
    const scores = scoreParagraph(paragraph, mentions);
    const about = aboutOf(paragraph.text, mentions);
    const lede = paragraph.section === 'body' && !ledeSeen;
    if (lede) ledeSeen = true;
    for (const scored of scores) {
      const isAbout = about.includes(scored.featureId);
      matches.push({
        paragraph: paragraph.index,
        ...scored,
        ...(isAbout ? { about: true } : {}),
        ...(isAbout && lede ? { lede: true } : {}),
      });
    }
    if (own && previous && leansOnPrevious(paragraph.text, about.length > 0)) {
      for (const featureId of about) {
        if (previous.mentioned.has(featureId)) continue;
        const leaning = scores.find((scored) => scored.featureId === featureId)!;
        matches.push({
          paragraph: previous.index,
          featureId,
          score: round(leaning.score * CONTEXT_FACTOR),
          marks: [],
          contextFor: paragraph.index,
        });
      }
    }
    if (own) {
      for (const mention of namedHere)
        memory.set(mention.featureId, { paragraph: here, offset: mention.start });
      previous = {
        index: paragraph.index,
        about,
        mentioned: new Set(scores.map((scored) => scored.featureId)),
      };
    }
  }
  return matches;
}

/**
 * The mentions a paragraph inherits from the one before: its opening words (a pronoun, or "As in"),
 * standing for each feature given, by reference.
 */
function inherited(
  text: string,
  featureIds: readonly string[],
  reference: 'pronoun' | 'comparison' = 'pronoun',
): Mention[] {
  const opening = tokenize(text).slice(0, reference === 'comparison' ? 2 : 1);
  const first = opening[0];
  const last = opening.at(-1);
  if (!first || !last) return [];
  return featureIds.map((featureId) => ({
    featureId,
    alias: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    weight: REFERENCE_WEIGHT,
    reference,
  }));
}
