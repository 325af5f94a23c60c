import { describe, expect, it } from 'vitest';
import { realData } from './fixtures.ts';
import type { Excerpt } from '../../src/contract/article.ts';

/**
 * What the product cites for a feature is among that feature's excerpts: a reader who opens the
 * feature finds the paragraph a fact quotes, a briefing step cites, or a description credits.
 */
const output = realData();
const features = output.mapData.features.map((feature) => feature.id);
const excerptsOf = (id: string): Excerpt[] => output.excerpts.get(id) ?? [];
const knownSources = new Set(
  [
    ...[...output.excerpts.values()]
      .flat()
      .flatMap((excerpt) => [excerpt.source.outlet, excerpt.source.author]),
    ...output.articles.flatMap((article) => [article.meta.outlet, article.meta.author]),
  ].filter((value): value is string => value !== null),
);
const pages = new Map(
  output.articles.map((article) => [article.id, [article.meta.outlet, article.meta.author]]),
);
const has = (id: string, article: string, paragraph: number) =>
  excerptsOf(id).some((excerpt) => excerpt.article === article && excerpt.paragraph === paragraph);

describe('every cited paragraph is among its feature’s excerpts', () => {
  for (const id of features) {
    it(`${id}: the paragraphs its facts quote`, () => {
      const claims = (output.evidence.features[id]?.facts ?? []).flatMap((fact) => fact.claims);
      for (const claim of claims)
        expect(
          has(id, claim.article, claim.paragraph),
          `${id}: ${claim.article} ¶${claim.paragraph} ("${claim.quote}")`,
        ).toBe(true);
    });

    it(`${id}: the paragraphs its description cites`, () => {
      const feature = output.layers
        .flatMap((layer) => layer.features)
        .find((item) => item.properties.id === id);
      for (const cited of feature?.properties.cite ?? []) {
        const at = cited.lastIndexOf('#p');
        expect(
          has(id, cited.slice(0, at), Number(cited.slice(at + 2))),
          `${id}: its description cites ${cited}`,
        ).toBe(true);
      }
    });

    it(`${id}: every source its description credits ("(Axios)", "(RFE/RL, John Herbst)")`, () => {
      const description = output.evidence.features[id]?.description ?? '';
      // A parenthesis credits a source when it names an outlet or author the corpus has ("(Axios)",
      // "(photo caption on John Herbst's page)"); "(Novosibirsk)" or "(6 January)" credit no one.
      const credited = [...description.matchAll(/\(([^()]+)\)/gu)]
        .flatMap((match) => match[1]!.split(/,\s*/u))
        .filter((name) => [...knownSources].some((source) => name.includes(source)));
      for (const name of credited) {
        // A caption is credited to the page it stands on ("photo caption on John Herbst's page").
        const pageOf = (excerpt: Excerpt) =>
          excerpt.section === 'caption' ? (pages.get(excerpt.article) ?? []) : [];
        const byName = (excerpt: Excerpt) =>
          [excerpt.source.outlet, excerpt.source.author, ...pageOf(excerpt)].some(
            (value) => value !== null && value !== undefined && name.includes(value),
          );
        expect(excerptsOf(id).some(byName), `${id}: the description credits "${name}"`).toBe(true);
      }
    });
  }

  it('each briefing step’s cited paragraphs are among the excerpts of a feature it highlights', () => {
    const steps = output.story?.steps ?? [];
    expect(steps.length).toBeGreaterThan(0);
    for (const [at, step] of steps.entries()) {
      if (step.highlight.length === 0) continue;
      for (const cited of step.cite)
        expect(
          step.highlight.some((id) => has(id, cited.article, cited.paragraph)),
          `step ${at + 1} ("${step.title}") cites ${cited.id}, which none of ${step.highlight.join(', ')} lists`,
        ).toBe(true);
    }
  });
});
