// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import type { MapData } from '../../src/contract/dataset.ts';
import type { Section, SourceMeta } from '../../src/contract/article.ts';
import type { Citation, Story } from '../../src/contract/story.ts';
import { citedProvenance } from '../../src/lib/sources/provenance.ts';
import StoryHarness from './harness/StoryHarness.svelte';

afterEach(() => cleanup());

// Invented pages and people.
const host: SourceMeta = {
  outlet: 'The Harbour Post',
  title: 'Ferries halted',
  author: 'Ines Varga',
  date: null,
};
const cite = (
  paragraph: number,
  section: Section = 'body',
  source: SourceMeta = section === 'related'
    ? { outlet: null, title: 'Ferries return', author: null, date: null }
    : host,
): Citation => ({
  id: `post#p${paragraph}`,
  article: 'post',
  paragraph,
  section,
  text: `Cited paragraph ${paragraph}.`,
  meta: host,
  source,
  reference: `“${source.title}.” n.d.`,
});

const mapData: MapData = {
  storySteps: 2,
  layers: [],
  features: [],
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
const step = (title: string, cites: Citation[]) => ({
  title,
  narration: 'Narration.',
  notes: '',
  layers: [],
  highlight: [],
  camera: { center: [0, 0] as [number, number], zoom: 3, bearing: 0, pitch: 0 },
  cite: cites,
});
const story: Story = {
  title: 'Harbour briefing',
  steps: [
    step('Ferries', [cite(0), cite(1), cite(2, 'caption'), cite(3, 'related'), cite(4)]),
    step('Two', [cite(5)]),
  ],
};

describe('briefing citations', () => {
  it('shows every citation of a step through a named control, and back', async () => {
    const { container } = render(StoryHarness, { mapData, story });
    expect(container.querySelectorAll('.citation blockquote')).toHaveLength(2);
    const more = screen.getByRole('button', { name: 'Show all 5 cited excerpts (3 more)' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(more);
    expect([...container.querySelectorAll('.citation blockquote')].map((quote) => quote.textContent)).toEqual(
      [0, 1, 2, 3, 4].map((index) => `Cited paragraph ${index}.`),
    );
    const fewer = screen.getByRole('button', { name: 'Show fewer citations' });
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    await fireEvent.click(fewer);
    expect(container.querySelectorAll('.citation blockquote')).toHaveLength(2);
  });

  it('labels captions and related stories, never crediting a related story to the host author', async () => {
    const { container } = render(StoryHarness, { mapData, story });
    await fireEvent.click(screen.getByRole('button', { name: /Show all 5/ }));
    const figure = (paragraph: number) => container.querySelector(`[data-excerpt="post#p${paragraph}"]`)!;
    expect(figure(2).querySelector('.provenance')?.textContent).toBe(
      'Photo caption on The Harbour Post page',
    );
    expect(figure(3).querySelector('.provenance')?.textContent).toBe(
      'A related story on The Harbour Post page (outlet not stated)',
    );
    expect(figure(3).textContent).not.toContain('Ines Varga');
    expect(figure(0).querySelector('.outlet')?.textContent).toBe('The Harbour Post');
  });

  it('credits a related story to its own outlet once the citation carries it', () => {
    const wire: SourceMeta = { outlet: 'Gull Wire', title: 'Ferries resume', author: null, date: null };
    const credit = citedProvenance(cite(3, 'related', wire));
    expect(credit.label).toBe('Gull Wire, in a related story on The Harbour Post page');
    expect(credit.writer).toBe(wire);
  });
});
