import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../src/pipeline/build.ts';
import { readInputs } from '../../src/pipeline/node/read-inputs.ts';
import { ROOT } from './fixtures.ts';

/** The headlines, as a reader of each seed page sees them. */
const TITLES: Record<string, string> = {
  '000_1fdcc4a3134de60e': "Will The Crisis In Kazakhstan Affect Putin's Plans For Ukraine?",
  '001_433dafa3d84bb327': 'How Kazakhstan could shift Putin’s calculus on Ukraine',
  '002_a4ce2fad56d8df3c': "Kazakhstan uprising complicates Putin's Ukraine calculus",
  '003_d67b0bb4083fd85c': 'Crisis in Kazakhstan Halts Putin’s Ukraine Attack—for Now',
  '004_5fb351e789721747': 'Putin’s Euroasian Dilemma: Is Kazakhstan Russia’s Next Ukraine?',
};

describe('the five seeds without seeds/sources.json', () => {
  const output = runPipeline({ ...readInputs({ root: ROOT }), sourcesText: null });
  const curated = JSON.parse(readFileSync(join(ROOT, 'seeds', 'sources.json'), 'utf8')) as Record<
    string,
    Record<'outlet' | 'title' | 'author' | 'date', string | null>
  >;

  it('gets every title right from the page alone', () => {
    expect(Object.fromEntries(output.articles.map((article) => [article.id, article.meta.title]))).toEqual(
      TITLES,
    );
  });

  it("states no wrong value: each field is the curator's value or null", () => {
    for (const article of output.articles) {
      const truth = curated[article.id]!;
      const { outlet, author, dateText } = article.meta;
      for (const [field, value] of [
        ['outlet', outlet],
        ['author', author],
        ['date', dateText],
      ] as const)
        if (value !== null) expect(value, `${article.id}.${field}`).toBe(truth[field]);
    }
  });

  it('finds what the pages state: bylines, author bios and the date stamp of 004', () => {
    const byId = new Map(output.articles.map((article) => [article.id, article]));
    expect(byId.get('002_a4ce2fad56d8df3c')?.meta.author).toBe('Zachary Basu');
    expect(byId.get('000_1fdcc4a3134de60e')?.metaFrom.author).toMatch(/\(author bio\)$/);
    expect(byId.get('000_1fdcc4a3134de60e')?.meta.author).toBe('Reid Standish');
    expect(byId.get('001_433dafa3d84bb327')?.meta.author).toBe('John Herbst');
    expect(byId.get('004_5fb351e789721747')?.meta).toMatchObject({
      date: '2022-01-08',
      dateText: 'Saturday, January 8th, 2022',
    });
    expect(byId.get('004_5fb351e789721747')?.metaFrom.date).toBe('line 3 (byline)');
  });

  it('keeps every lead paragraph as text', () => {
    for (const article of output.articles)
      expect(article.paragraphs.some((paragraph) => paragraph.section === 'body')).toBe(true);
    expect(output.report.problems).toEqual([]);
  });
});
