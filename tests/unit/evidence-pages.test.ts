import { describe, expect, it } from 'vitest';
import { evidenceFiles } from '../../src/vite/evidence-files.ts';
import {
  featureHead,
  gzipBytes,
  gzipFits,
  pageExcerpts,
  PAGING,
  type PagingBudget,
} from '../../src/vite/evidence-pages.ts';
import type { Excerpt } from '../../src/contract/article.ts';
import type { ArticleSummary, FeatureEvidence, FeatureHead } from '../../src/contract/dataset.ts';
import { sourceKey } from '../../src/contract/source-key.ts';
import { realData } from './fixtures.ts';

/** Invented words, so that excerpts compress about as real prose does (not as repeated filler). */
function words(seed: number, count: number): string {
  let state = seed >>> 0;
  const out: string[] = [];
  for (let index = 0; index < count; index += 1) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const length = 2 + (state % 9);
    let word = '';
    for (let letter = 0; letter < length; letter += 1) {
      state = (state * 1664525 + 1013904223) >>> 0;
      word += String.fromCharCode(97 + (state % 26));
    }
    out.push(word);
  }
  return out.join(' ');
}

/** A most-cited feature at scale: `perArticle` excerpts in each of `articleCount` articles, ranked. */
function bigFeature(articleCount: number, perArticle: number): FeatureEvidence {
  const articles: Record<string, ArticleSummary> = {};
  const excerpts: Excerpt[] = [];
  for (let article = 0; article < articleCount; article += 1) {
    const id = `9${String(article).padStart(5, '0')}_generated`;
    const meta = {
      outlet: `Outlet ${article % 40}`,
      title: `Generated article ${article}`,
      author: null,
      date: null,
    };
    articles[id] = { id, meta };
    for (let paragraph = 0; paragraph < perArticle; paragraph += 1) {
      const text = `${words(article * 100 + paragraph, 50)}.`;
      excerpts.push({
        id: `${id}#p${paragraph * 8 + 1}`,
        article: id,
        paragraph: paragraph * 8 + 1,
        section: paragraph === perArticle - 1 && article % 7 === 0 ? 'related' : 'body',
        text,
        score: 10 - paragraph - article / articleCount,
        marks: [{ start: 0, end: 6, alias: 'Almaty' }],
        source: meta,
        // As long as a real one: the pipeline's Chicago reference for the writer.
        reference: `${meta.outlet}. n.d. “${meta.title}.”`,
        carried: [],
        alsoIn: [],
        quotes: null,
        selector: { type: 'TextQuoteSelector', exact: text, prefix: 'before', suffix: 'after' },
      });
    }
  }
  excerpts.sort((a, b) => b.score - a.score);
  return { description: 'A busy place.', aliases: ['Almaty'], sources: [], facts: [], excerpts, articles };
}

/** Pages kept in memory by URL, as the build's sink would write them. */
function pagedHead(feature: FeatureEvidence, budget?: PagingBudget) {
  const pages = new Map<string, Excerpt[]>();
  const head = featureHead(
    feature,
    (page, index) => {
      pages.set(`p${index}`, page);
      return `p${index}`;
    },
    budget,
  );
  return { head, pages };
}

const whole = (head: FeatureHead, pages: Map<string, Excerpt[]>) => [
  ...head.first,
  ...head.pages.flatMap((page) => pages.get(page.url)!),
];

describe('gzipFits', () => {
  it('agrees with the gzip size at, just under and just over the budget', () => {
    for (const count of [5, 200, 4000, 40_000]) {
      const text = JSON.stringify(words(count, count));
      const size = gzipBytes(text);
      expect(gzipFits(text, size)).toBe(true);
      expect(gzipFits(text, size - 1)).toBe(false);
      expect(gzipFits(text, size + 1)).toBe(true);
      expect(gzipFits(text, Math.floor(size / 3))).toBe(false);
    }
    // Stopped early: 240 KB of text against a 1 KB budget.
    expect(gzipFits(JSON.stringify(words(9, 40_000)), 1000)).toBe(false);
  });

  it('takes a text whose raw bytes and framing are within the budget without compressing it', () => {
    const text = words(1, 30);
    expect(gzipFits(text, Buffer.byteLength(text) + 23)).toBe(true);
    expect(gzipFits('', 23)).toBe(true);
  });

  it('names a budget that is not a size', () => {
    expect(() => gzipFits('text', -1)).toThrow(/budget -1 bytes/);
    expect(() => gzipFits('text', Number.NaN)).toThrow(/budget NaN bytes/);
  });
});

describe('paging a ranked list', () => {
  const feature = bigFeature(1000, 3);

  it('puts the first window (the best excerpts) and every count in the first file', () => {
    const { head } = pagedHead(feature);
    expect(head.first).toEqual(feature.excerpts.slice(0, PAGING.firstCount));
    expect(gzipBytes(JSON.stringify(head.first))).toBeLessThanOrEqual(PAGING.firstBytes);
    expect(head.excerptCount).toBe(3000);
    expect(head.articles).toEqual(feature.articles);
    const counts = Object.values(head.sourceCounts);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(3000);
    // Each article's own text, and a related story on every seventh article: sources counted apart.
    expect(counts).toHaveLength(1000 + Math.ceil(1000 / 7));
    expect(head.sourceCounts['900007_generated']).toBe(2);
    expect(
      head.sourceCounts[sourceKey(feature.excerpts.find((excerpt) => excerpt.section === 'related')!)],
    ).toBe(1);
  });

  it('keeps the click within 100 KB gzip for the most-cited feature, header whole', () => {
    const { head } = pagedHead(feature);
    expect(gzipBytes(JSON.stringify(head))).toBeLessThanOrEqual(100 * 1024);
    expect(head.pages.length).toBeGreaterThan(3);
  });

  it('pages the rest in order, each within its budget: nothing lost, nothing twice', () => {
    const { head, pages } = pagedHead(feature);
    expect(whole(head, pages)).toEqual(feature.excerpts);
    const ids = whole(head, pages).map((excerpt) => excerpt.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const page of head.pages) {
      const excerpts = pages.get(page.url)!;
      expect(page.count).toBe(excerpts.length);
      expect(gzipBytes(JSON.stringify(excerpts))).toBeLessThanOrEqual(PAGING.pageBytes);
    }
    expect([...pages.keys()]).toEqual(head.pages.map((page) => page.url));
  });

  it('judges a long list by its start: the whole list is never written out to learn it is too long', () => {
    const asked: number[] = [];
    const measure = (text: string, bytes: number) => {
      asked.push(text.length);
      return gzipFits(text, bytes);
    };
    const cut = pageExcerpts(feature.excerpts, PAGING, measure);
    expect(Math.max(...asked)).toBeLessThan(JSON.stringify(feature.excerpts).length);
    expect(cut.first).toEqual(pageExcerpts(feature.excerpts).first);
    expect([...cut.first, ...cut.pages.flat()]).toEqual(feature.excerpts);
  });

  it('splits a page that the estimate got wrong, and shrinks a first window over its budget', () => {
    // A size measure that the raw-size estimate underrates (every excerpt costs 4 KB): pages halve.
    const costly = (text: string) => (JSON.parse(text) as unknown[]).length * 4096;
    const budget = { firstCount: 24, firstBytes: 20 * 1024, pageBytes: 64 * 1024, wholeBytes: 0 };
    const cut = pageExcerpts(feature.excerpts.slice(0, 500), budget, (text, bytes) => costly(text) <= bytes);
    expect(cut.first).toHaveLength(3);
    for (const page of cut.pages) expect(page.length * 4096).toBeLessThanOrEqual(64 * 1024);
    expect([...cut.first, ...cut.pages.flat()]).toEqual(feature.excerpts.slice(0, 500));
  });

  it('keeps a list within 32 KB gzip whole: every feature of the five seeds is one file', () => {
    const { evidence } = realData();
    for (const feature of Object.values(evidence.features)) {
      const { head } = pagedHead(feature);
      expect(head.first).toEqual(feature.excerpts);
      expect(head.pages).toEqual([]);
    }
    const { head } = pagedHead({ ...feature, excerpts: feature.excerpts.slice(0, 100) });
    expect(head.first).toHaveLength(100);
    expect(gzipBytes(JSON.stringify(feature.excerpts.slice(0, 100)))).toBeLessThanOrEqual(PAGING.wholeBytes);
  });

  it('keeps a short list whole in the first file, and an empty one empty', () => {
    const { head } = pagedHead({ ...feature, excerpts: feature.excerpts.slice(0, 10) });
    expect(head.first).toHaveLength(10);
    expect(head.pages).toEqual([]);
    expect(pageExcerpts([])).toEqual({ first: [], pages: [] });
  });
});

describe('paged evidence files for the seeds', () => {
  const { evidence } = realData();
  const { manifest, files } = evidenceFiles(evidence, '/base/', undefined, {
    ...PAGING,
    // Small pages, so that the seeds' longer lists are paged too.
    firstCount: 5,
    pageBytes: 2048,
    wholeBytes: 0,
  });
  const read = <T>(url: string): T => JSON.parse(files.get(url)!) as T;

  it('gives every feature a first file and pages whose concatenation is its ranked list', () => {
    let paged = 0;
    for (const [id, url] of Object.entries(manifest.features)) {
      const head = read<FeatureHead>(url);
      const pages = head.pages.map((page) => {
        expect(page.url).toMatch(new RegExp(`^/base/evidence/p/${id}-\\d+-[0-9a-f]{12}\\.json$`));
        return read<Excerpt[]>(page.url);
      });
      expect([...head.first, ...pages.flat()]).toEqual(evidence.features[id]!.excerpts);
      const { excerpts, ...expected } = evidence.features[id]!;
      expect(head).toMatchObject(expected);
      expect(head.excerptCount).toBe(excerpts.length);
      expect(manifest.sizes[id]).toBe(gzipBytes(files.get(url)!));
      if (pages.length > 1) paged += 1;
    }
    expect(paged).toBeGreaterThan(3);
  });
});
