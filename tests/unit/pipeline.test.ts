import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.ts';
import { MISSION_FEATURES, ROOT, realData } from './fixtures.ts';
import { foldForComparison } from '../../src/pipeline/text/fold.ts';

describe('the pipeline over the checked-in articles', () => {
  const output = realData();

  it('reads every seed without a problem', () => {
    expect(output.report.problems).toEqual([]);
    expect(output.articles.map((article) => article.id)).toHaveLength(5);
  });

  it('cleans each article as its golden file says', () => {
    for (const article of output.articles) {
      expectGolden(`clean/${article.id}.json`, {
        meta: article.meta,
        paragraphs: article.paragraphs.map(({ line, section, text, heading }) => ({
          line,
          section,
          text,
          heading,
        })),
        dropped: article.dropped,
      });
    }
  });

  it('finds excerpts for every mission feature (reviewed in tests/expectations/excerpts)', () => {
    for (const id of MISSION_FEATURES) expect(output.excerpts.get(id)?.length ?? 0, id).toBeGreaterThan(0);
  });

  it('never shows a dropped line as an excerpt', () => {
    const dropped = new Set(
      output.articles.flatMap((article) =>
        // A duplicate's first copy is kept by design (a caption printed twice).
        article.dropped
          .filter((line) => !line.reason.startsWith('duplicate'))
          .map((line) => foldForComparison(line.text)),
      ),
    );
    for (const [, excerpts] of output.excerpts) {
      for (const excerpt of excerpts) expect(dropped.has(foldForComparison(excerpt.text))).toBe(false);
    }
  });

  it('keeps the junk named in the brief out of every article', () => {
    const kept = output.articles
      .flatMap((article) => article.paragraphs.map((paragraph) => paragraph.text))
      .join('\n');
    for (const junk of [
      'Oops!',
      'Something went wrong',
      'Subscribe',
      'ADVERTISEMENT',
      'snowstorm',
      'Cowboys',
      'Crypto',
      'Manchin',
      'Leave a Comment',
      'Vavra-Putin',
    ]) {
      expect(kept).not.toContain(junk);
    }
  });

  it('keeps the on-topic Reuters blurb on Almaty only as a related story', () => {
    const related = output.articles
      .flatMap((article) => article.paragraphs)
      .filter((paragraph) => paragraph.text.includes('Fresh violence erupted'));
    expect(related.length).toBeGreaterThan(0);
    expect(new Set(related.map((paragraph) => paragraph.section))).toEqual(new Set(['related']));
  });

  it('quotes excerpts verbatim: each is a substring of its seed file', async () => {
    const { readFileSync } = await import('node:fs');
    for (const article of output.articles) {
      const seed = readFileSync(article.file, 'utf8');
      for (const paragraph of article.paragraphs) expect(seed).toContain(paragraph.text);
    }
  });

  it('ranks the paragraph naming the 41st Combined Arms Army first for 41st-caa', () => {
    expect(output.excerpts.get('41st-caa')?.[0]?.text).toMatch(/41st Combined Arms Army/);
  });

  it("ranks the articles' own text about Almaty above the related stories on a page", () => {
    const list = output.excerpts.get('almaty') ?? [];
    const firstRelated = list.findIndex((excerpt) => excerpt.section === 'related');
    expect(firstRelated).toBeGreaterThan(0);
    expect(list.slice(firstRelated).every((excerpt) => excerpt.section === 'related')).toBe(true);
  });

  it("counts 'Kazakhstan's largest city' for Almaty and, more weakly, for Kazakhstan", () => {
    const almaty = output.excerpts.get('almaty')?.find((excerpt) => excerpt.id === '002_a4ce2fad56d8df3c#p0');
    const kazakhstan = output.excerpts
      .get('kazakhstan')
      ?.find((excerpt) => excerpt.id === '002_a4ce2fad56d8df3c#p0');
    expect(almaty?.marks.map((mark) => mark.alias)).toContain("Kazakhstan's largest city");
    expect(kazakhstan?.marks.some((mark) => mark.via === 'almaty' || mark.alias === "Kazakhstan's")).toBe(
      true,
    );
  });

  it('keeps both outlets that share only the OSCE name, with no corroboration between them', () => {
    const vienna = output.excerpts.get('vienna') ?? [];
    const herbst = vienna.find((excerpt) => excerpt.id === '001_433dafa3d84bb327#p7');
    const axios = vienna.find((excerpt) => excerpt.id === '002_a4ce2fad56d8df3c#p3');
    expect(herbst?.alsoIn).not.toContainEqual({ article: '002_a4ce2fad56d8df3c', paragraph: 3 });
    expect(axios?.alsoIn).toEqual([]);
    expect(axios?.carried).toEqual([]);
  });

  it('anchors every excerpt in its page with a TextQuoteSelector that finds it again', () => {
    for (const article of output.articles) {
      const page = readFileSync(join(ROOT, article.file), 'utf8');
      for (const paragraph of article.paragraphs) {
        const selector = paragraph.selector!;
        expect(selector.exact).toBe(paragraph.text);
        expect(selector.prefix.length).toBeLessThanOrEqual(32);
        expect(selector.suffix.length).toBeLessThanOrEqual(32);
        expect(page.includes(`${selector.prefix}${selector.exact}${selector.suffix}`), paragraph.id).toBe(
          true,
        );
      }
    }
    const [first] = output.excerpts.get('almaty') ?? [];
    expect(first?.selector.type).toBe('TextQuoteSelector');
  });

  it("shows 004's quotation of Herbst after Herbst's own paragraph, naming the original", () => {
    const quoting = output.excerpts
      .get('ukraine')
      ?.find((excerpt) => excerpt.id === '004_5fb351e789721747#p1');
    expect(quoting?.quotes).toEqual({ article: '001_433dafa3d84bb327', paragraph: 2 });
    const list = output.excerpts.get('ukraine') ?? [];
    const at = (id: string) => list.findIndex((excerpt) => excerpt.id === id);
    expect(at('001_433dafa3d84bb327#p2')).toBeLessThan(at('004_5fb351e789721747#p1'));
    const herbst = list.find((excerpt) => excerpt.id === '001_433dafa3d84bb327#p2');
    expect(herbst?.quotes).toBeNull();
    expect(herbst?.carried[0]?.by).toEqual([{ article: '004_5fb351e789721747', paragraph: 1 }]);
  });

  it('shows the troop figures the sources disagree on side by side', () => {
    const buildup = output.evidence.features['ukraine-border-buildup'];
    const fact = buildup?.facts.find((candidate) => candidate.label.includes('troops'));
    // "About 100,000" and "hundreds of thousands" cannot both be true of early January 2022.
    expect(fact?.verdict).toBe('differ');
    expect(fact?.claims.map((claim) => claim.value)).toEqual(
      expect.arrayContaining(['about 100,000', 'hundreds of thousands']),
    );
    for (const claim of fact?.claims ?? []) {
      const paragraph = output.evidence.articles[claim.article]?.paragraphs[claim.paragraph];
      expect(paragraph?.text.slice(claim.start, claim.end)).toBe(claim.quote);
    }
  });

  it('reads "more than 13,000" and "fourteen thousand" Donbas deaths as agreeing', () => {
    const fact = output.evidence.features['donbas']?.facts.find((candidate) =>
      candidate.label.includes('killed'),
    );
    expect(fact?.verdict).toBe('agree');
    expect(fact?.claims.map((claim) => claim.number)).toEqual([[13_000, null], 14_000]);
  });

  it('reads "dozens" (6 January) then "some 164" (after the 10 January summit) as a toll that changed, in date order', () => {
    const fact = output.evidence.features['kazakhstan']?.facts.find((candidate) =>
      candidate.label.includes('killed'),
    );
    expect(fact?.verdict).toBe('changed');
    expect(fact?.claims.map((claim) => [claim.value, claim.number, claim.asOf])).toEqual([
      ['dozens', [24, 99], '--01-06'],
      ['some 164', [148, 180], '--01-10'],
    ]);
  });

  it('adds the troop figures the articles state to the key facts, each quoting its sentence', () => {
    const fact = output.evidence.features['ukraine-border-buildup']?.facts[0];
    const fromText = fact?.claims.find(
      (claim) => claim.article === '003_d67b0bb4083fd85c' && claim.paragraph === 20,
    );
    expect(fromText?.number).toEqual([200_000, null]);
    expect(fromText?.quote).toMatch(/^In any case, .*hundreds of thousands of troops to Ukraine’s border\.$/);
    // Each figure once: a curated claim and the same words found in the text are one claim.
    expect(fact?.claims.map((claim) => `${claim.article.slice(0, 3)} ¶${claim.paragraph}`)).toEqual([
      '000 ¶4',
      '001 ¶6',
      '003 ¶5',
      '003 ¶20',
    ]);
    // The two "about 100,000" claims agree with each other.
    const hundredThousands = fact?.claims.filter((claim) => claim.value === 'about 100,000') ?? [];
    expect(hundredThousands.map((claim) => claim.number)).toEqual([
      [90_000, 110_000],
      [90_000, 110_000],
    ]);
    // Every claim is credited to whoever wrote its paragraph.
    for (const claim of fact?.claims ?? [])
      expect(claim.source).toEqual(
        output.articles.find((a) => a.id === claim.article)?.paragraphs[claim.paragraph]?.source,
      );
  });

  it('states the CSTO force size as agreed when all sources give 2,500', () => {
    const fact = output.evidence.features['csto-deployment']?.facts[0];
    expect(fact?.verdict).toBe('agree');
    expect(fact?.claims.length).toBeGreaterThanOrEqual(3);
  });

  it('records metadata only as the text states it', () => {
    const meta = Object.fromEntries(output.articles.map((article) => [article.id.slice(0, 3), article.meta]));
    expect(meta['003']?.author).toBeNull();
    expect(meta['004']).toMatchObject({ date: '2022-01-08', dateText: 'Saturday, January 8th, 2022' });
    expect(meta['000']).toMatchObject({ outlet: 'RFE/RL', author: 'Reid Standish', date: null });
  });

  it('puts every contract feature id on the map, Kazakhstan in its layer and among the CSTO members', () => {
    const ids = output.mapData.features.map((feature) => feature.id);
    expect(ids).toEqual(expect.arrayContaining([...MISSION_FEATURES]));
    const csto = output.mapData.layers.find((layer) => layer.id === 'csto');
    expect(
      csto?.featureIds
        .filter((id) => output.mapData.features.find((feature) => feature.id === id)?.kind === 'country')
        .sort(),
    ).toEqual(['armenia', 'belarus', 'kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan']);
  });

  it('draws Crimea as part of Ukraine, not Russia, in the mission shapes', () => {
    const shapes = output.mapData.shapes.features;
    const bboxOf = (id: string) => output.mapData.features.find((feature) => feature.id === id)!.bbox;
    const [west, south, east, north] = bboxOf('ukraine');
    expect(south).toBeLessThan(44.5); // Crimea's southern tip is at about 44.4° N
    expect(west).toBeLessThan(23);
    expect(east).toBeGreaterThan(40);
    expect(north).toBeGreaterThan(52);
    expect(shapes.some((shape) => shape.properties.id === 'crimea')).toBe(true);
  });

  it('opens on the data: the extent of every feature but Russia, which the geo data leaves out of it', () => {
    const { features, openingBounds } = output.mapData;
    const framed = features.filter((feature) => feature.id !== 'russia');
    expect(openingBounds).toEqual([
      [
        Math.min(...framed.map((feature) => feature.bbox[0])),
        Math.min(...framed.map((feature) => feature.bbox[1])),
      ],
      [
        Math.max(...framed.map((feature) => feature.bbox[2])),
        Math.max(...framed.map((feature) => feature.bbox[3])),
      ],
    ]);
    // Both fronts and the talks: Brussels in the west, Kazakhstan's eastern border in the east.
    const [[west, south], [east, north]] = openingBounds;
    expect(west).toBeCloseTo(4.43, 1);
    expect(east).toBeGreaterThan(87);
    expect(east).toBeLessThan(90);
    expect(south).toBeGreaterThan(35);
    expect(north).toBeLessThan(60);
  });

  it('credits the border drawn otherwise than Natural Earth draws it, from the geo data', () => {
    expect(output.mapData.borders).toEqual([{ part: 'Crimea', shownIn: 'Ukraine' }]);
  });

  it('credits the outlets the articles state, in seed order, and counts the articles that state none', () => {
    expect(output.mapData.excerptSources).toEqual({
      outlets: ['RFE/RL', 'Axios', 'The Daily Beast'],
      otherArticles: 2,
    });
  });
});
