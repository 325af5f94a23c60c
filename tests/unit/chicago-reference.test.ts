import { describe, expect, it } from 'vitest';
import type { SourceMeta } from '../../src/contract/article.ts';
import { chicagoReference, formatChicago } from '../../src/pipeline/text/meta/reference.ts';
import { realData } from './fixtures.ts';

const AXIOS = '002_a4ce2fad56d8df3c';

describe('Chicago author-date references, formatted by the pipeline', () => {
  const { evidence, story } = realData();
  const excerpts = Object.values(evidence.features).flatMap((feature) => feature.excerpts);

  it('gives every excerpt and every briefing citation the reference of whoever wrote its text', () => {
    expect(excerpts.length).toBeGreaterThan(100);
    for (const excerpt of excerpts) expect(excerpt.reference).toBe(chicagoReference(excerpt.source));
    const cited = story?.steps.flatMap((step) => step.cite) ?? [];
    expect(cited.length).toBeGreaterThan(10);
    for (const citation of cited) expect(citation.reference).toBe(chicagoReference(citation.source));
  });

  // Reviewed against the Chicago Manual's author-date form: "Family, Given. Year-or-n.d. “Title.” Outlet,
  // Month Day." — the outlet leads when no author is stated; a page with no outlet keeps only its year.
  it('formats the seeds’ sources as Chicago author-date (reviewed)', () => {
    const referenceOf = (article: string, section: string, title: RegExp) =>
      excerpts.find(
        (excerpt) =>
          excerpt.article === article &&
          excerpt.section === section &&
          title.test(excerpt.source.title ?? ''),
      )?.reference;
    expect(referenceOf(AXIOS, 'body', /uprising complicates/)).toBe(
      'Basu, Zachary. n.d. “Kazakhstan Uprising Complicates Putin’s Ukraine Calculus.” Axios.',
    );
    // A related story on the Axios page: under its own outlet and headline, never the host's author;
    // the phrasal verb's particle capitalised ("Put Down").
    expect(referenceOf(AXIOS, 'related', /^Russia sends troops/)).toBe(
      'Reuters. n.d. “Russia Sends Troops to Put Down Kazakhstan Uprising as Fresh Violence Erupts.”',
    );
    expect(referenceOf('000_1fdcc4a3134de60e', 'body', /Crisis In Kazakhstan/)).toBe(
      'Standish, Reid. n.d. “Will The Crisis In Kazakhstan Affect Putin’s Plans For Ukraine?” RFE/RL.',
    );
    // No outlet, a full date (January 8, 2022): the year only, never a dangling "January 8.".
    expect(referenceOf('004_5fb351e789721747', 'body', /Euroasian Dilemma/)).toBe(
      '“Putin’s Euroasian Dilemma: Is Kazakhstan Russia’s Next Ukraine?” 2022.',
    );
  });

  it('formats a writer once: alike metadata, one reference; other metadata, another', () => {
    const writer: SourceMeta = {
      outlet: 'Quay Courier',
      title: 'Ferry back',
      author: 'Lio Brandt',
      date: '2022-01-09',
    };
    // A caption's writer is the page's, with its photo credit: the reference does not change.
    const captioned: SourceMeta = { ...writer, credit: 'A. Photographer/Agency' };
    expect(chicagoReference(writer)).toBe('Brandt, Lio. 2022. “Ferry Back.” Quay Courier, January 9.');
    expect(chicagoReference(captioned)).toBe(chicagoReference(writer));
    expect(chicagoReference({ ...writer, author: null })).toBe(formatChicago({ ...writer, author: null }));
    // No author: the outlet stands in the author's place, and is not said twice.
    expect(chicagoReference({ ...writer, author: null })).toBe(
      'Quay Courier. 2022. “Ferry Back.” January 9.',
    );
  });
});
