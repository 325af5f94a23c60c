import { describe, expect, it } from 'vitest';
import { featureHead } from '../../src/vite/evidence-pages.ts';
import type { Excerpt } from '../../src/contract/article.ts';
import type { ExcerptPage, FeatureEvidence } from '../../src/contract/dataset.ts';
import { ExcerptPages } from '../../src/lib/evidence/excerpt-pages.svelte.ts';
import type { AsOfView } from '../../src/lib/evidence/as-of-filter.ts';
import { Cell } from './harness/cell.svelte.ts';

const excerpt = (index: number): Excerpt => ({
  id: `a${index}#p0`,
  article: `a${index}`,
  paragraph: 0,
  section: 'body',
  text: `Paragraph ${index} says something of its own about the place, in words no other repeats ${index * 7919}.`,
  score: 1000 - index,
  marks: [],
  source: { outlet: `Outlet ${index}`, title: null, author: null, date: null },
  reference: `Outlet ${index}. n.d.`,
  carried: [],
  alsoIn: [],
  quotes: null,
  selector: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
});
const feature: FeatureEvidence = {
  description: '',
  aliases: [],
  sources: [],
  facts: [],
  excerpts: Array.from({ length: 200 }, (_, index) => excerpt(index)),
  articles: {},
};

function setUp(view?: () => AsOfView | null) {
  const stored = new Map<string, Excerpt[]>();
  const head = featureHead(
    feature,
    (page, index) => {
      stored.set(`p${index}`, page);
      return `p${index}`;
    },
    { firstCount: 24, firstBytes: 64 * 1024, pageBytes: 1024, wholeBytes: 0 },
  );
  const fetched: string[] = [];
  let failing = false;
  const load = async (page: ExcerptPage) => {
    fetched.push(page.url);
    if (failing) throw new Error(`${page.url}: 503`);
    return stored.get(page.url)!;
  };
  return { head, fetched, pages: new ExcerptPages(head, load, view), fail: (on: boolean) => (failing = on) };
}

describe('a feature’s excerpts, page by page', () => {
  it('starts with the first window and fetches nothing until asked', () => {
    const { pages, fetched, head } = setUp();
    expect(pages.excerpts).toEqual(feature.excerpts.slice(0, 24));
    expect(pages.total).toBe(200);
    expect(pages.complete).toBe(false);
    expect(head.pages.length).toBeGreaterThan(2);
    expect(fetched).toEqual([]);
  });

  it('fetches one page at a time, in order, however often it is asked at once', async () => {
    const { pages, fetched, head } = setUp();
    await Promise.all([pages.more(), pages.more(), pages.more()]);
    expect(fetched).toEqual(['p0']);
    expect(pages.excerpts).toEqual(feature.excerpts.slice(0, 24 + head.pages[0]!.count));
    await pages.until((loaded) => loaded.length >= 100);
    expect(fetched).toEqual(head.pages.map((page) => page.url).slice(0, fetched.length));
    expect(pages.excerpts.length).toBeGreaterThanOrEqual(100);
    expect(pages.complete).toBe(false);
  });

  it('ends with the whole ranked list, nothing twice', async () => {
    const { pages, fetched, head } = setUp();
    expect(await pages.all()).toEqual(feature.excerpts);
    expect(pages.complete).toBe(true);
    expect(fetched).toEqual(head.pages.map((page) => page.url));
    await pages.more();
    expect(fetched).toHaveLength(head.pages.length);
  });

  it('says why a page failed, keeps what it has, and fetches the same page again when asked', async () => {
    const { pages, fetched, fail } = setUp();
    fail(true);
    await pages.until(() => false);
    expect(pages.error).toBe('p0: 503');
    expect(pages.excerpts).toHaveLength(24);
    await expect(pages.all()).rejects.toThrow('p0: 503');
    fail(false);
    await pages.more();
    expect(pages.error).toBeNull();
    expect(fetched.slice(-1)).toEqual(['p0']);
    expect(pages.excerpts.length).toBeGreaterThan(24);
  });

  it('"as known on" a day: re-filters what is loaded when the day moves, keeps the pages, and changes nothing for a day that changes nothing', async () => {
    // Article `a<n>` is published on 1, 2 or 3 January.
    const published = (index: number) => `2022-01-0${(index % 3) + 1}`;
    const onDay = (asOf: string): AsOfView => ({
      asOf,
      known: Object.fromEntries(
        feature.excerpts.map((_, index) => [`a${index}`, { date: published(index), inferred: false }]),
      ),
      year: '2022',
      hideUndated: false,
    });
    const day = new Cell<AsOfView | null>(onDay('2022-01-01'));
    const { pages, fetched } = setUp(() => day.value);
    const known = (asOf: string, upTo: number) =>
      feature.excerpts.slice(0, upTo).filter((_, index) => published(index) <= asOf);
    expect(pages.total).toBe(known('2022-01-01', 200).length);
    expect(pages.excerpts).toEqual(known('2022-01-01', 24));
    await pages.more();
    const loaded = fetched.length;
    const upTo = 24 + (pages.head.pages[0]?.count ?? 0);
    expect(pages.excerpts).toEqual(known('2022-01-01', upTo));
    const head = pages.head;
    const shown = pages.excerpts;
    // Another view of the same day: the same head and list, nothing fetched.
    day.value = onDay('2022-01-01');
    expect(pages.head).toBe(head);
    expect(pages.excerpts).toBe(shown);
    day.value = onDay('2022-01-02');
    expect(pages.excerpts).toEqual(known('2022-01-02', upTo));
    expect(pages.total).toBe(known('2022-01-02', 200).length);
    expect(fetched).toHaveLength(loaded);
    day.value = null;
    expect(pages.excerpts).toEqual(feature.excerpts.slice(0, upTo));
    expect(pages.total).toBe(200);
  });
});
