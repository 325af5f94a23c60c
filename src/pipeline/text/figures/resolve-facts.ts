import type { ResolvedClaim, ResolvedFact } from '../../../contract/dataset.ts';
import type { Fact } from '../../geo/geo-schema.ts';
import type { Article, Paragraph } from '../../../contract/article.ts';
import { claimDate } from './as-of.ts';
import { parseFigure } from './parse-figure.ts';
import { assignFigure, type FigureKind, type StatedFigure } from './text-figures.ts';
import { compareDates, verdictOf } from '../../../contract/verdict.ts';
import { readFigure } from './modality.ts';
import { foldText } from '../fold.ts';

export interface FactsInput {
  id: string;
  facts: readonly Fact[];
}

/** Labels of the facts made from figures that no curated fact of the feature gathers. */
const TEXT_LABELS: Record<FigureKind, string> = {
  troops: 'Troops (figures stated in the articles)',
  killed: 'People killed (figures stated in the articles)',
};

/**
 * Every feature's key facts: the curated facts of geo/ (labels, and the claims a curator tied to the
 * articles' words), joined by the counts of troops and of people killed that the articles state about
 * the feature (found per article by the per-article stage: `stated`). Each claim carries its figure
 * as a number, the date it speaks of and who wrote it; each fact a verdict (agree, differ, changed,
 * single).
 */
export function resolveAllFacts(
  features: readonly FactsInput[],
  articles: readonly Article[],
  stated: readonly StatedFigure[],
): { facts: Map<string, ResolvedFact[]>; problems: Array<{ featureId: string; message: string }> } {
  const problems: Array<{ featureId: string; message: string }> = [];
  const byFeature = new Map<
    string,
    Array<{ label: string; kind: FigureKind | null; claims: ResolvedClaim[] }>
  >();
  const factKinds = new Map<string, Set<FigureKind>>();
  for (const feature of features) {
    const resolved = resolveCurated(feature.facts, articles);
    for (const message of resolved.problems) problems.push({ featureId: feature.id, message });
    byFeature.set(feature.id, resolved.facts);
    factKinds.set(feature.id, new Set(resolved.facts.flatMap((fact) => (fact.kind ? [fact.kind] : []))));
  }
  const curatedClaims = [...byFeature.values()].flatMap((facts) => facts.flatMap((fact) => fact.claims));
  for (const found of stated.map((figure) => assignFigure(figure, factKinds))) {
    const already = curatedClaims.some(
      (claim) =>
        claim.article === found.article &&
        claim.paragraph === found.paragraph &&
        claim.start < found.figure.end &&
        found.figure.start < claim.end,
    );
    if (already) continue;
    const facts = byFeature.get(found.featureId);
    if (!facts) continue;
    let fact = facts.find((candidate) => candidate.kind === found.kind);
    if (!fact) facts.push((fact = { label: TEXT_LABELS[found.kind], kind: found.kind, claims: [] }));
    fact.claims.push({
      value: found.figure.text,
      number: found.figure.number,
      asOf: found.asOf,
      quote: found.quote,
      article: found.article,
      paragraph: found.paragraph,
      start: found.start,
      end: found.end,
      source: found.source,
      modality: found.modality,
      attributedTo: found.attributedTo,
    });
  }
  const result = new Map<string, ResolvedFact[]>();
  for (const [featureId, facts] of byFeature)
    result.set(
      featureId,
      facts.map(({ label, claims }) => {
        // A projection ("could eventually reach 175,000") is listed, never counted.
        const verdict = verdictOf(claims.filter((claim) => claim.modality !== 'projected'));
        const ordered = verdict === 'changed' ? [...claims].sort(byDate) : claims;
        return { label, verdict, claims: ordered };
      }),
    );
  return { facts: result, problems };
}

const byDate = (left: ResolvedClaim, right: ResolvedClaim) =>
  left.asOf === null ? 1 : right.asOf === null ? -1 : compareDates(left.asOf, right.asOf);

/**
 * Ties each curated figure to the exact words of its article: the quote must stand in one cleaned
 * paragraph (quotes, dashes and case aside), or the fact is reported, never shown unsourced.
 */
function resolveCurated(
  facts: readonly Fact[],
  articles: readonly Article[],
): {
  facts: Array<{ label: string; kind: FigureKind | null; claims: ResolvedClaim[] }>;
  problems: string[];
} {
  const problems: string[] = [];
  const resolved: Array<{ label: string; kind: FigureKind | null; claims: ResolvedClaim[] }> = [];
  for (const fact of facts) {
    const claims: ResolvedClaim[] = [];
    for (const claim of fact.claims) {
      const article = articles.find((candidate) => candidate.id === claim.article);
      if (!article) {
        problems.push(
          `fact "${fact.label}": article "${claim.article}" is not in seeds/ (or could not be read)`,
        );
        continue;
      }
      const wanted = foldText(claim.quote);
      const paragraph = article.paragraphs.find((candidate) => foldText(candidate.text).includes(wanted));
      if (!paragraph) {
        problems.push(
          `fact "${fact.label}": quote "${claim.quote}" is not in the cleaned text of ${claim.article}`,
        );
        continue;
      }
      // Folding keeps every character's position, so the offset found is the original's.
      const start = foldText(paragraph.text).indexOf(wanted);
      const end = start + wanted.length;
      const number = fact.kind ? parseFigure(claim.value) : null;
      if (fact.kind && number === null)
        problems.push(
          `fact "${fact.label}": "${claim.value}" states no figure, yet the fact counts ${fact.kind}`,
        );
      claims.push({
        value: claim.value,
        number,
        asOf: claimDate(article, paragraph, start, end),
        quote: paragraph.text.slice(start, end),
        article: article.id,
        paragraph: paragraph.index,
        start,
        end,
        source: paragraph.source,
        ...readingOf(paragraph, start, end, claim.value),
      });
    }
    if (claims.length === 0) continue;
    resolved.push({ label: fact.label, kind: fact.kind ?? null, claims });
  }
  return { facts: resolved, problems };
}

/** How the sentence holding a curated quote states its value (reported, attributed, projected). */
function readingOf(paragraph: Paragraph, start: number, end: number, value: string) {
  const sentence = paragraph.sentences.find(
    (candidate) => candidate.start <= start && start < candidate.end,
  ) ?? {
    start: 0,
    end: paragraph.text.length,
  };
  const text = paragraph.text.slice(sentence.start, sentence.end);
  // The value's words inside the quote, else the quote itself.
  const folded = foldText(paragraph.text.slice(start, end));
  const within = folded.indexOf(foldText(value));
  const from = (within >= 0 ? start + within : start) - sentence.start;
  const to = within >= 0 ? from + value.length : end - sentence.start;
  return readFigure(text, Math.max(0, from), Math.min(text.length, to));
}
