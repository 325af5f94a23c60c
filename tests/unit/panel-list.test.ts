// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { ArticleSummary, FeatureEvidence, MapData } from '../../src/contract/dataset.ts';
import type { Excerpt, Section, SourceMeta } from '../../src/contract/article.ts';
import {
  FIRST_PAINT_GROUPS,
  FIRST_WINDOW,
  groupBySource,
  windowGroups,
} from '../../src/lib/panel/group-excerpts.ts';
import { sourceLine } from '../../src/lib/sources/source-line.ts';
import type { PagingBudget } from '../../src/vite/evidence-pages.ts';
import PanelHarness from './harness/PanelHarness.svelte';

/**
 * The evidence the panel loads: the feature as the build pages it (`paging`), its pages kept here by
 * URL; `requested` lists the pages fetched, and `failNext` makes the next page fetch fail.
 */
const evidence = vi.hoisted(() => ({
  current: undefined as FeatureEvidence | undefined,
  paging: undefined as PagingBudget | undefined,
  pages: new Map<string, Excerpt[]>(),
  requested: [] as string[],
  failNext: false,
}));
vi.mock('../../src/lib/evidence/load-evidence.ts', async () => {
  const { featureHead } = await import('../../src/vite/evidence-pages.ts');
  return {
    loadFeatureEvidence: async () =>
      evidence.current &&
      featureHead(
        evidence.current,
        (page, index) => {
          evidence.pages.set(`page-${index}`, page);
          return `page-${index}`;
        },
        evidence.paging,
      ),
    loadExcerptPage: async (page: { url: string }) => {
      evidence.requested.push(page.url);
      if (evidence.failNext) {
        evidence.failNext = false;
        throw new Error(`${page.url}: 503 Service Unavailable`);
      }
      return evidence.pages.get(page.url)!;
    },
    loadArticle: async () => undefined,
    prefetchFeature: () => {},
  };
});

/** Pages so large that the whole list is in the first file (as for a feature of the five seeds). */
const ONE_FILE: PagingBudget = {
  firstCount: 10_000,
  firstBytes: 10 ** 9,
  pageBytes: 10 ** 9,
  wholeBytes: 10 ** 9,
};
evidence.paging = ONE_FILE;

afterEach(() => {
  cleanup();
  evidence.paging = ONE_FILE;
  evidence.pages.clear();
  evidence.requested.length = 0;
  evidence.failNext = false;
});

const meta = (outlet: string | null, title: string, author: string | null = null): SourceMeta => ({
  outlet,
  title,
  author,
  date: null,
});

/** A generated feature: `pages` invented pages, each with `perPage` excerpts; every fifth is a related story. */
function generatedEvidence(pages: number, perPage: number): FeatureEvidence {
  const articles: Record<string, ArticleSummary> = {};
  const excerpts: Excerpt[] = [];
  for (let page = 0; page < pages; page++) {
    const id = `page-${page}`;
    articles[id] = { id, meta: meta(`Gazette ${page}`, `Page ${page} headline`, `Writer ${page}`) };
    for (let index = 0; index < perPage; index++) {
      const section: Section = index % 5 === 4 ? 'related' : 'body';
      excerpts.push({
        id: `${id}#p${index}`,
        article: id,
        paragraph: index,
        section,
        text: `Paragraph ${index} of page ${page}.`,
        score: 1000 - page - index / 100,
        marks: [],
        source: section === 'related' ? meta(`Wire ${page}`, `Wire story ${page}`) : articles[id].meta,
        reference:
          section === 'related'
            ? `Wire ${page}. n.d. “Wire Story ${page}.”`
            : `Writer ${page}. n.d. “Page ${page} Headline.” Gazette ${page}.`,
        carried: [],
        alsoIn: [],
        quotes: null,
        selector: {
          type: 'TextQuoteSelector',
          exact: `Paragraph ${index} of page ${page}.`,
          prefix: '',
          suffix: '',
        },
      });
    }
  }
  return { description: 'A generated feature.', aliases: [], sources: [], facts: [], excerpts, articles };
}

const mapData: MapData = {
  storySteps: 0,
  layers: [
    {
      id: 'places',
      name: 'Places',
      description: '',
      order: 0,
      visible: true,
      featureIds: ['pass'],
      excerptCount: 500,
    },
  ],
  features: [
    {
      id: 'pass',
      name: 'Northern Pass',
      kind: 'place',
      layer: 'places',
      memberOf: [],
      anchor: [0, 0],
      bbox: [0, 0, 0, 0],
      troops: null,
      excerptCount: 500,
    },
  ],
  shapes: { type: 'FeatureCollection', features: [] },
  basemap: { type: 'FeatureCollection', features: [] },
  basemapLabels: { type: 'FeatureCollection', features: [] },
  openingBounds: [
    [-1, -1],
    [1, 1],
  ],
  borders: [],
  excerptSources: { outlets: [], otherArticles: 0 },
  troopLegend: [],
};

describe('grouping by source', () => {
  it('never reorders the ranking: each source stands where its best-ranked excerpt ranks', () => {
    // Ranked order (as the pipeline gives it): a related story first by tier? No: own text first, but
    // here the related story (B) scores higher than the page's text it follows, and page C ranks second.
    const feature = generatedEvidence(3, 1);
    const [a, b, c] = feature.excerpts as [Excerpt, Excerpt, Excerpt];
    const ranked: Excerpt[] = [
      { ...a, score: 1 },
      { ...c, score: 0.5 },
      { ...a, id: 'page-0#p7', paragraph: 7, score: 3 },
      { ...b, section: 'related', source: meta('Wire 1', 'Wire story 1'), score: 9 },
    ];
    const groups = groupBySource(ranked, feature.articles);
    expect(groups.map((group) => group.excerpts.map((excerpt) => excerpt.id))).toEqual([
      ['page-0#p0', 'page-0#p7'],
      ['page-2#p0'],
      ['page-1#p0'],
    ]);
    expect(groups[0]!.excerpts[0]).toBe(ranked[0]);
  });

  it('puts a page’s own text in one group and each related story in its own, in ranked order', () => {
    const feature = generatedEvidence(3, 5);
    const groups = groupBySource(feature.excerpts, feature.articles);
    expect(groups).toHaveLength(6);
    expect(groups.reduce((sum, group) => sum + group.excerpts.length, 0)).toBe(15);
    expect(groups.map((group) => group.best)).toEqual(
      [...groups.map((group) => group.best)].sort((a, b) => b - a),
    );
    const related = groups.find((group) => group.provenance.kind === 'related');
    expect(related?.provenance.label).toMatch(/^Wire \d, in a related story on the Gazette \d page$/);
  });
  it('keeps an excerpt whose page is not in the metadata, named by its id', () => {
    const feature = generatedEvidence(1, 1);
    const groups = groupBySource(feature.excerpts, {});
    expect(groups[0]?.provenance.hostName).toBe('page-0');
  });
  it('windows a long list: the best sources first, a few excerpts each, with what is hidden counted', () => {
    const feature = generatedEvidence(4, 10);
    const groups = groupBySource(feature.excerpts, feature.articles);
    const first = windowGroups(groups, { groups: 3, shownIn: {} });
    expect(first.map((group) => group.key)).toEqual(groups.slice(0, 3).map((group) => group.key));
    expect(first.map((group) => group.excerpts.length)).toEqual([3, 2, 3]);
    expect(first.map((group) => group.hidden)).toEqual([5, 0, 5]);
    const deeper = windowGroups(groups, { groups: 3, shownIn: { [groups[0]!.key]: 100 } });
    expect(deeper[0]!.excerpts).toEqual(groups[0]!.excerpts);
    expect(deeper[0]!.hidden).toBe(0);
    expect(windowGroups(groups, { groups: 0, shownIn: {} })).toEqual([]);
  });
  it('says so when a source does not state its outlet', () => {
    expect(sourceLine(meta(null, 'T')).outlet).toBe('Outlet not stated');
  });
});

describe('SidePanel with 500 excerpts', () => {
  it('renders a first screen, keeps the true count, and adds more by source with headers intact', async () => {
    evidence.current = generatedEvidence(50, 10);
    const { container } = render(PanelHarness, { mapData, featureId: 'pass' });
    await screen.findByText(/Showing \d+ of 500 excerpts/);
    // 50 pages, each with its own text (8 excerpts) and one related story (2): 100 sources.
    const firstScreen = FIRST_WINDOW.groups * FIRST_WINDOW.perGroup - 4; // related groups hold 2 each
    expect(container.querySelectorAll('blockquote').length).toBeLessThanOrEqual(
      FIRST_WINDOW.groups * FIRST_WINDOW.perGroup,
    );
    expect(container.querySelectorAll('blockquote').length).toBeGreaterThanOrEqual(firstScreen);
    const rendered = () => container.querySelectorAll('blockquote').length;
    const before = rendered();
    expect(container.querySelectorAll('section.group')).toHaveLength(FIRST_WINDOW.groups);
    expect(container.textContent).toContain('(500 excerpts, best first)');
    expect(screen.getByText(`Showing ${before} of 500 excerpts, from 8 of 100 sources.`)).toBeTruthy();
    // Every rendered excerpt sits in a group that has its source header.
    for (const card of container.querySelectorAll('.excerpt'))
      expect(card.closest('.group')?.querySelector(':scope > cite.source')).not.toBeNull();

    // More of one source: its remaining 5 (8 in all), and focus moves to the first of them.
    await fireEvent.click(screen.getByRole('button', { name: 'Show 5 more from Gazette 0 (8 in all)' }));
    expect(rendered()).toBe(before + 5);
    const firstGroup = container.querySelector('section.group')!;
    expect(firstGroup.querySelectorAll('.excerpt')).toHaveLength(8);
    await waitFor(() => expect(document.activeElement).toBe(firstGroup.querySelectorAll('.excerpt')[3]));

    // More sources: eight more groups, each with its header; focus on the first new one.
    await fireEvent.click(screen.getByRole('button', { name: 'Show 8 more sources' }));
    const groupsNow = container.querySelectorAll('section.group');
    expect(groupsNow).toHaveLength(16);
    await waitFor(() => expect(document.activeElement).toBe(groupsNow[8]));
    const labels = [...groupsNow].map((group) => group.getAttribute('data-group'));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('paints about a screen first, busy, then the rest of the first window', async () => {
    evidence.current = generatedEvidence(50, 10);
    const { container } = render(PanelHarness, { mapData, featureId: 'pass' });
    // The first check runs as the list is inserted, before the frame after it.
    const list = await waitFor(() => {
      const found = container.querySelector('.excerpt-list');
      if (!found) throw new Error('no list yet');
      return found;
    });
    expect(list.getAttribute('aria-busy')).toBe('true');
    expect(list.querySelectorAll('section.group')).toHaveLength(FIRST_PAINT_GROUPS);
    expect(container.querySelector('.paging')).toBeNull();
    await waitFor(() => expect(list.getAttribute('aria-busy')).toBe('false'));
    expect(list.querySelectorAll('section.group')).toHaveLength(FIRST_WINDOW.groups);
    expect(screen.getByText(/Showing \d+ of 500 excerpts, from 8 of 100 sources\./)).toBeTruthy();
  });

  it('is an aside labelled by its heading, with named buttons', async () => {
    evidence.current = generatedEvidence(2, 3);
    const { container } = render(PanelHarness, { mapData, featureId: 'pass' });
    await screen.findAllByText(/Paragraph 0 of page 0/);
    const aside = container.querySelector('aside')!;
    const heading = container.querySelector(`#${aside.getAttribute('aria-labelledby')}`);
    expect(heading?.tagName).toBe('H2');
    expect(heading?.textContent).toBe('Northern Pass');
    expect(container.querySelector('.paging')).toBeNull();
    for (const button of container.querySelectorAll('button'))
      expect(button.textContent?.trim() || button.getAttribute('aria-label')).toBeTruthy();
  });

  it('shows what no article states apart, as context with its named source', async () => {
    const feature = generatedEvidence(1, 2);
    feature.sources = [
      {
        what: 'border',
        source: 'Survey office',
        outlet: null,
        title: null,
        date: null,
        url: null,
        context: false,
      },
      {
        what: 'garrison',
        source: 'Harbour Review, "Bases of the north", 2021-11',
        outlet: 'Harbour Review',
        title: 'Bases of the north',
        date: '2021-11',
        url: 'https://example.org/bases',
        context: true,
      },
      // A second entry for the same thing (two sources for one position) is listed too.
      {
        what: 'garrison',
        source: 'Satellite images of the base',
        outlet: 'Orbit Weekly',
        title: 'The base from above',
        date: '2022-02-07',
        url: null,
        context: true,
      },
    ];
    evidence.current = feature;
    const { container } = render(PanelHarness, { mapData, featureId: 'pass' });
    const heading = await screen.findByRole('heading', { name: 'Context, not from the articles' });
    expect(heading.closest('section')?.querySelectorAll('li')).toHaveLength(2);
    expect(heading.closest('section')?.textContent).toContain(
      'Satellite images of the base (Orbit Weekly, “The base from above”, 2022-02-07)',
    );
    const section = heading.closest('section')!;
    expect(section.textContent?.replace(/\s+/g, ' ')).toContain(
      'garrison: Harbour Review, "Bases of the north", 2021-11',
    );
    expect(section.textContent).not.toContain('Survey office');
    expect(section.querySelector('a')?.getAttribute('href')).toBe('https://example.org/bases');
    expect(container.querySelector('.where')?.textContent).toContain('Survey office');
  });
});

describe('SidePanel with a paged list', () => {
  /** Small pages, so that 500 excerpts make many. */
  const SMALL_PAGES: PagingBudget = { firstCount: 24, firstBytes: 64 * 1024, pageBytes: 1500, wholeBytes: 0 };
  const pageIds = () => [...evidence.pages.keys()];

  it('paints from the first file alone, with the whole counts, and fetches pages in order when asked', async () => {
    evidence.current = generatedEvidence(50, 10);
    evidence.paging = SMALL_PAGES;
    const { container } = render(PanelHarness, { mapData, featureId: 'pass' });
    const list = await waitFor(() => {
      const found = container.querySelector('.excerpt-list[aria-busy="false"]');
      if (!found) throw new Error('no list yet');
      return found;
    });
    expect(pageIds().length).toBeGreaterThan(3);
    expect(evidence.requested).toEqual([]);
    expect(container.textContent).toContain('(500 excerpts, best first)');
    // The first 24 of the ranked list (page 0 and 1 whole, page 2's first 4) make five sources, each
    // shown up to three deep.
    expect(list.querySelectorAll('blockquote')).toHaveLength(3 + 2 + 3 + 2 + 3);
    expect(screen.getByText('Showing 13 of 500 excerpts, from 5 of 100 sources.')).toBeTruthy();
    // A source's count is whole before all its excerpts are loaded.
    expect(screen.getByRole('button', { name: 'Show 5 more from Gazette 2 (8 in all)' })).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Show 8 more sources' }));
    await waitFor(() => expect(list.querySelectorAll('section.group')).toHaveLength(13));
    // Only the pages needed for 13 sources, in order.
    expect(evidence.requested).toEqual(pageIds().slice(0, evidence.requested.length));
    expect(evidence.requested.length).toBeLessThan(pageIds().length);
    await waitFor(() => expect(document.activeElement).toBe(list.querySelectorAll('section.group')[5]));
  });

  it('says when a page fails to load, and Retry fetches it', async () => {
    evidence.current = generatedEvidence(50, 10);
    evidence.paging = SMALL_PAGES;
    const { container } = render(PanelHarness, { mapData, featureId: 'pass' });
    await screen.findByText('Showing 13 of 500 excerpts, from 5 of 100 sources.');
    evidence.failNext = true;
    await fireEvent.click(screen.getByRole('button', { name: 'Show 8 more sources' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load more excerpts (page-0: 503 Service Unavailable)');
    expect(container.querySelectorAll('section.group')).toHaveLength(5);
    await fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(evidence.requested).toEqual(['page-0', 'page-0']);
    await waitFor(() => expect(container.querySelectorAll('section.group').length).toBeGreaterThan(5));
  });
});
