import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveStory } from '../../src/pipeline/story/story.ts';
import { parseGeoFiles } from '../../src/pipeline/geo/load-geo.ts';
import { checkWithin } from '../../src/pipeline/geo/within.ts';
import { ROOT, realData } from './fixtures.ts';
import { geoFile, talksFeature } from './geo-files.ts';

const data = realData();
const features = new Set(data.mapData.features.map((feature) => feature.id));
const layers = new Set(data.mapData.layers.map((layer) => layer.id));
const resolve = (steps: unknown[]) =>
  resolveStory(JSON.stringify({ title: 'T', steps }), data.articles, features, layers);
const step = (narration: string, cite: string[]) => ({
  title: 'Test step',
  narration,
  camera: { center: [76.9, 43.25], zoom: 6 },
  layers: ['forces'],
  cite,
});

describe('a briefing step claims only what it cites', () => {
  it('fails when a figure in the narration is in none of the cited paragraphs', () => {
    // 002 ¶0 states no number; 000 ¶18 states "2,500 troops".
    const { problems } = resolve([step('About 3,000 troops landed.', ['002_a4ce2fad56d8df3c#p0'])]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'step 1 ("Test step"): the figure "About 3,000" in its narration is in none of its cited paragraphs',
    ]);
    expect(resolve([step('About 2,500 troops were sent.', ['000_1fdcc4a3134de60e#p18'])]).problems).toEqual(
      [],
    );
  });

  it('checks dates and years as figures too', () => {
    const { problems } = resolve([step('It was annexed in 2019.', ['000_1fdcc4a3134de60e#p11'])]);
    expect(problems).toHaveLength(1);
    expect(resolve([step('It was annexed in 2014.', ['000_1fdcc4a3134de60e#p11'])]).problems).toEqual([]);
  });

  it("fails a step that cites only related stories, none of the articles' own text", () => {
    const { problems } = resolve([step('The airport was seized.', ['002_a4ce2fad56d8df3c#p19'])]);
    expect(problems[0]?.message).toMatch(/cites only related stories/);
  });

  it('holds for every step of the checked-in briefing, and step 2 no longer claims the airport', () => {
    const briefing = readFileSync(join(ROOT, 'story', 'briefing.json'), 'utf8');
    const { story, problems } = resolveStory(briefing, data.articles, features, layers);
    expect(problems).toEqual([]);
    expect(story?.steps[1]?.narration).not.toMatch(/airport/i);
    for (const item of story?.steps ?? [])
      expect(
        item.cite.some((citation) => citation.section !== 'related'),
        item.title,
      ).toBe(true);
  });
});

describe('what no article states is context, with a named public source', () => {
  const geo = (sources: unknown[], extra: Record<string, unknown> = {}) =>
    parseGeoFiles([
      geoFile(
        [
          talksFeature(
            { id: 'x', name: 'X', kind: 'camp', description: 'd', aliases: ['X'], sources, ...extra },
            [1, 2],
          ),
        ],
        { name: 'geo/test.geojson' },
      ),
    ]);

  it('refuses a context source without outlet, title and date', () => {
    expect(geo([{ what: 'camp', source: 'open sources', context: true }]).problems[0]?.message).toMatch(
      /named public source/,
    );
    expect(
      geo([{ what: 'camp', outlet: 'Gazette', title: 'Camps seen', date: '2021-11-02', context: true }])
        .problems,
    ).toEqual([]);
  });

  it('marks the garrison, Yelnya and the move of the 41st as context, each with a named source', () => {
    const sources = data.evidence.features['41st-caa']?.sources ?? [];
    for (const what of ['home garrison', 'late-2021 position', 'move']) {
      const entries = sources.filter((source) => source.what === what);
      expect(entries.length, what).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry.context).toBe(true);
        expect(entry.outlet).toBeTruthy();
        expect(entry.title).toBeTruthy();
        expect(entry.date ?? entry.url).toBeTruthy();
      }
    }
    for (const source of data.evidence.features['ukraine-border-buildup']?.sources ?? [])
      if (source.what === 'concentration')
        expect(source.context && source.outlet && source.date).toBeTruthy();
  });

  it("keeps descriptions to what a cited source says: Almaty's does not say the CSTO force landed there", () => {
    const almaty = data.evidence.features['almaty']?.description ?? '';
    expect(almaty).not.toMatch(/CSTO/);
    expect(almaty).toMatch(/Reuters/);
    expect(data.evidence.features['41st-caa']?.description).toMatch(/context, not from the articles/);
  });

  it('validates within: an unknown feature or a loop is reported', () => {
    const parsed = geo([{ what: 'p', source: 'GeoNames' }], { within: ['nowhere'] });
    const features = parsed.layers.flatMap((item) =>
      item.features.map((feature) => ({ feature, layer: item })),
    );
    expect(checkWithin(features).map((problem) => problem.message)).toEqual([
      'feature "x": within names unknown feature "nowhere"',
    ]);
    const loop = geo([{ what: 'p', source: 'GeoNames' }], { within: ['x'] });
    const looped = loop.layers.flatMap((item) => item.features.map((feature) => ({ feature, layer: item })));
    expect(checkWithin(looped)[0]?.message).toMatch(/leads back to itself/);
  });
});
