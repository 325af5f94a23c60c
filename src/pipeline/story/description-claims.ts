import type { Article } from '../../contract/article.ts';
import { checkTense, claimProblems } from './claims-check.ts';

export interface DescribedFeature {
  id: string;
  description: string;
  /** The paragraphs its description states (`<article>#p<n>`). */
  cite: readonly string[];
}

/**
 * A feature's description claims only what it cites, like a briefing step: what it says happened a
 * cited paragraph says happened, and a view it restates is credited. A description that says an event
 * happened and cites nothing is refused too. Messages name the feature's words, not a file.
 */
export function checkDescriptions(
  features: readonly DescribedFeature[],
  articles: readonly Article[],
): Array<{ featureId: string; message: string }> {
  const paragraphs = new Map(
    articles.flatMap((article) =>
      article.paragraphs.map((paragraph) => [paragraph.id, paragraph.text] as const),
    ),
  );
  const problems: Array<{ featureId: string; message: string }> = [];
  for (const feature of features) {
    const cited: string[] = [];
    for (const id of feature.cite) {
      const text = paragraphs.get(id);
      if (text === undefined)
        problems.push({ featureId: feature.id, message: `description cites unknown excerpt "${id}"` });
      else cited.push(text);
    }
    if (feature.cite.length === 0) {
      for (const problem of checkTense(feature.description, []))
        if (problem.kind !== 'unattributed')
          problems.push({
            featureId: feature.id,
            message: `description says "${problem.word}", but cites no paragraph (add "cite": ["<article>#p<n>"])`,
          });
      continue;
    }
    if (cited.length < feature.cite.length) continue;
    for (const message of claimProblems(feature.description, cited))
      problems.push({ featureId: feature.id, message: `description ${message}` });
  }
  return problems;
}
