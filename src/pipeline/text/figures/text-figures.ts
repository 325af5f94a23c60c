import type { AliasIndex } from '../alias-index.ts';
import { weighMentions } from '../match.ts';
import { findFigures, type Figure } from './parse-figure.ts';
import type { Article, Paragraph } from '../../../contract/article.ts';

/** What a counted figure counts: troops sent or massed, or people killed. */
export type FigureKind = 'troops' | 'killed';

export interface TextFigure {
  kind: FigureKind;
  figure: Figure;
  article: Article;
  paragraph: Paragraph;
  /** The sentence that states the figure (offsets in the paragraph). */
  start: number;
  end: number;
  /** The feature the sentence is about, nearest the figure, and what it has facts of. */
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

/**
 * Counts of troops and of people killed, stated in the articles, each with its sentence, given to the
 * feature that sentence is about: among the features it names by name, one that already has a fact
 * of that kind, nearest the figure; else the nearest. A sentence that names no feature gives none. `factKinds` says which features have facts of which kind.
 */
export function findTextFigures(
  articles: readonly Article[],
  aliases: AliasIndex,
  factKinds: ReadonlyMap<string, ReadonlySet<FigureKind>>,
): TextFigure[] {
  const found: TextFigure[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      const mentions = weighMentions(paragraph.text, aliases.find(paragraph.text), aliases).filter(
        (mention) => mention.via === undefined && mention.weight >= 1,
      );
      for (const sentence of paragraph.sentences) {
        const text = paragraph.text.slice(sentence.start, sentence.end);
        for (const figure of findFigures(text)) {
          const kind = kindOf(text, figure);
          if (!kind) continue;
          const inSentence = mentions.filter(
            (mention) => mention.start >= sentence.start && mention.end <= sentence.end,
          );
          // A sentence that names no feature is about none ("Its 2008 conflict in Georgia caused hundreds of deaths").
          const named = inSentence;
          if (named.length === 0) continue;
          const at = sentence.start + figure.start;
          const distance = (start: number) => Math.abs(start - at);
          const withFacts = named.filter((mention) => factKinds.get(mention.featureId)?.has(kind));
          const pool = withFacts.length > 0 ? withFacts : named;
          const nearest = [...pool].sort((a, b) => distance(a.start) - distance(b.start))[0]!;
          found.push({
            kind,
            figure: { ...figure, start: at, end: sentence.start + figure.end },
            article,
            paragraph,
            start: sentence.start,
            end: sentence.end,
            featureId: nearest.featureId,
          });
        }
      }
    }
  }
  return found;
}
