import type { AliasIndex } from '../match/alias-index.ts';
import { weighMentions } from '../match/mentions.ts';
import { claimDate } from './as-of.ts';
import { findFigures, type Figure } from './parse-figure.ts';
import { readFigure } from './modality.ts';
import { paragraphFeatures } from './paragraph-features.ts';
import type { Modality } from '../../../contract/dataset.ts';
import type { Article, SourceMeta } from '../../../contract/article.ts';

/** What a counted figure counts: troops sent or massed, or people killed. */
export type FigureKind = 'troops' | 'killed';

/**
 * A count of troops or of people killed that one article states, in one sentence that names at least
 * one feature. Plain data, found by the per-article stage; the reduce gives it to a feature.
 */
export interface StatedFigure {
  kind: FigureKind;
  /** The figure, with its offsets in the paragraph. */
  figure: Figure;
  article: string;
  paragraph: number;
  /** The sentence that states the figure (offsets in the paragraph) and its words. */
  start: number;
  end: number;
  quote: string;
  /** The date the sentence speaks of (see claimDate). */
  asOf: string | null;
  source: SourceMeta;
  /**
   * The features the sentence names by name, nearest the figure first; for a sentence that names no
   * place, the features its paragraph is about.
   */
  named: string[];
  /** True when `named` comes from the paragraph, the sentence naming no place. */
  fromParagraph: boolean;
  /** The features the sentence's paragraph is about, most weighed first. */
  about: string[];
  modality: Modality;
  attributedTo: string | null;
}

/** A stated figure given to the feature its sentence is about. */
export interface TextFigure extends StatedFigure {
  featureId: string;
}

const TROOPS =
  /^\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:troops|soldiers|paratroopers|peacekeepers|servicemen)\b/iu;
/** "fourteen thousand Ukrainian fatalities", "164 people", "dozens of deaths"; not "civilian deaths" (a part of the toll). */
const PEOPLE = /^\s+(?:of\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:people|persons|fatalities|deaths|dead)\b/u;
const REPORTED_DEAD = /^\s+(?:have|has|were|are|had)\s+(?:been\s+)?(?:reported\s+)?(?:dead|killed)\b/iu;
const KILLING = /\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|fatalities|death toll)\b/iu;

/** The kind of a figure from the words right after it, or null when it counts something else. */
export function kindOf(sentence: string, figure: Figure): FigureKind | null {
  const after = sentence.slice(figure.end);
  if (TROOPS.test(after)) return 'troops';
  if (REPORTED_DEAD.test(after)) return 'killed';
  if (PEOPLE.test(after) && KILLING.test(sentence)) return 'killed';
  return null;
}

const YEAR = /\b(?:19|20)\d{2}\b/g;

/** The latest year the article states (its date, or its text). */
function latestYear(article: Article): number | null {
  const years = [article.meta.date ?? '', ...article.paragraphs.map((paragraph) => paragraph.text)]
    .flatMap((text) => [...text.matchAll(YEAR)].map((match) => Number(match[0])))
    .filter((year) => year <= new Date().getUTCFullYear());
  return years.length > 0 ? Math.max(...years) : null;
}

/** "Its 2008 war caused hundreds of deaths", in a 2022 article: history, not the paragraph's today. */
function aboutEarlierYear(sentence: string, latest: number | null): boolean {
  return latest !== null && [...sentence.matchAll(YEAR)].some((match) => Number(match[0]) < latest);
}

/** "in Georgia", "from Tbilisi": a sentence that names a place no feature is. */
const OTHER_PLACE = /\b(?:in|at|from|near|across|into|to|of)\s+(?:the\s+)?\p{Lu}\p{Ll}/u;

/**
 * The counts of troops and of people killed that one article states, each with its sentence, how it
 * states it (reported, attributed, projected) and the features that sentence names by name (nearest
 * the figure first). A sentence that names no place at all ("At least 164 people were killed
 * nationwide") is about the features its paragraph is about; one that names only a place that is no
 * feature ("Its 2008 conflict in Georgia caused hundreds of deaths") gives nothing.
 */
export function findStatedFigures(article: Article, aliases: AliasIndex): StatedFigure[] {
  const found: StatedFigure[] = [];
  for (const paragraph of article.paragraphs) {
    const mentions = weighMentions(paragraph.text, aliases.find(paragraph.text), aliases).filter(
      (mention) => mention.via === undefined && mention.weight >= 1,
    );
    if (mentions.length === 0) continue;
    const about = paragraphFeatures(mentions);
    const latest = latestYear(article);
    for (const sentence of paragraph.sentences) {
      const inSentence = mentions.filter(
        (mention) => mention.start >= sentence.start && mention.end <= sentence.end,
      );
      const text = paragraph.text.slice(sentence.start, sentence.end);
      const fromParagraph = inSentence.length === 0;
      if (fromParagraph && (OTHER_PLACE.test(text) || aboutEarlierYear(text, latest))) continue;
      for (const figure of findFigures(text)) {
        const kind = kindOf(text, figure);
        if (!kind) continue;
        const at = sentence.start + figure.start;
        const distance = (start: number) => Math.abs(start - at);
        const named = fromParagraph
          ? about
          : [...inSentence]
              .sort((a, b) => distance(a.start) - distance(b.start))
              .map((mention) => mention.featureId);
        const placed = { ...figure, start: at, end: sentence.start + figure.end };
        found.push({
          kind,
          figure: placed,
          article: article.id,
          paragraph: paragraph.index,
          start: sentence.start,
          end: sentence.end,
          quote: text,
          asOf: claimDate(article, paragraph, placed.start, placed.end),
          source: paragraph.source,
          named: [...new Set(named)],
          fromParagraph,
          about,
          ...readFigure(text, figure.start, figure.end),
        });
      }
    }
  }
  return found;
}

/**
 * The feature a stated figure is about: among the features its sentence names, the nearest one that
 * already has a fact of that kind; else such a feature its paragraph is about ("more than 90,000
 * troops have been deployed along its border" in a paragraph about the build-up); else the nearest
 * feature named. `factKinds` says which features have facts of which kind.
 */
export function assignFigure(
  stated: StatedFigure,
  factKinds: ReadonlyMap<string, ReadonlySet<FigureKind>>,
): TextFigure {
  const hasFact = (featureId: string) => factKinds.get(featureId)?.has(stated.kind) ?? false;
  const featureId = stated.named.find(hasFact) ?? stated.about.find(hasFact) ?? stated.named[0]!;
  return { ...stated, featureId };
}
