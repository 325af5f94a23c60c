import { describe, expect, it } from 'vitest';
import type { Excerpt, SourceMeta } from '../../src/contract/article.ts';
import type { Citation } from '../../src/contract/story.ts';
import { keyCommand } from '../../src/lib/state/keyboard.ts';
import {
  footnoteLines,
  footnotes,
  noteNumbers,
  panelQuotes,
  stepQuotes,
} from '../../src/lib/takeaway/footnotes.ts';
import { distanceMetres, scaleBar } from '../../src/lib/takeaway/scale-bar.ts';
import { asOfFromHash, embedSnippet, embedUrl, fullAppUrl } from '../../src/lib/takeaway/view-link.ts';
import { wrapText } from '../../src/lib/takeaway/wrap-text.ts';

const meta = (outlet: string | null, title: string | null, author: string | null = null): SourceMeta => ({
  outlet,
  title,
  author,
  date: '2022-01-07',
});

describe('wrapText', () => {
  const measure = (text: string) => text.length;
  it('fills lines greedily and keeps paragraph breaks', () => {
    expect(wrapText('one two three four five', 9, measure)).toEqual(['one two', 'three', 'four five']);
    expect(wrapText('a b\nc', 10, measure)).toEqual(['a b', 'c']);
  });
  it('cuts a word longer than the line (a long link) into pieces that fit', () => {
    const lines = wrapText('see https://example.org/#map=4/43.2/76.9', 10, measure);
    expect(lines.every((line) => line.length <= 10)).toBe(true);
    expect(lines.join('').replace('see', '')).toBe('https://example.org/#map=4/43.2/76.9');
  });
});

describe('scale bar', () => {
  it('picks the longest 1-2-5 distance that fits', () => {
    expect(scaleBar(1000, 120)).toMatchObject({ metres: 100_000, label: '100 km', pixels: 100 });
    expect(scaleBar(3000, 120)).toMatchObject({ metres: 200_000, label: '200 km' });
    expect(scaleBar(4500, 120)).toMatchObject({ metres: 500_000, label: '500 km' });
    expect(scaleBar(2, 120)).toMatchObject({ metres: 200, label: '200 m' });
    expect(() => scaleBar(0, 120)).toThrow(/no scale/);
  });
  it('measures great-circle distance (one degree of latitude is about 111 km)', () => {
    expect(distanceMetres([76.9, 43], [76.9, 44]) / 1000).toBeCloseTo(111.2, 0);
    // Almaty to Moscow, about 3,100 km.
    expect(distanceMetres([76.95, 43.24], [37.62, 55.75]) / 1000).toBeGreaterThan(3000);
    expect(distanceMetres([76.95, 43.24], [37.62, 55.75]) / 1000).toBeLessThan(3200);
  });
});

describe('view links', () => {
  const href = 'https://maps.example.org/two-fronts/?embed&x=1#map=4/43.2/76.9&step=3';
  it('the deep link is the full app, the embed URL carries ?embed, both keep the state', () => {
    expect(fullAppUrl(href)).toBe('https://maps.example.org/two-fronts/?x=1#map=4/43.2/76.9&step=3');
    expect(embedUrl('https://maps.example.org/#step=3')).toBe('https://maps.example.org/?embed#step=3');
    expect(embedUrl(href)).toBe('https://maps.example.org/two-fronts/?x=1&embed#map=4/43.2/76.9&step=3');
  });
  it('the snippet is an iframe with its title escaped', () => {
    const snippet = embedSnippet('https://maps.example.org/#step=3', 'A "step" & more');
    expect(snippet).toMatch(/^<iframe src="https:\/\/maps\.example\.org\/\?embed#step=3" /);
    expect(snippet).toContain('title="A &quot;step&quot; &amp; more"');
  });
  it('reads a valid "as known on" date only', () => {
    expect(asOfFromHash('#map=4/1/2&asof=2022-01-07&step=2')).toBe('2022-01-07');
    expect(asOfFromHash('#asof=2022-02-30')).toBeNull();
    expect(asOfFromHash('#xasof=2022-01-07')).toBeNull();
    expect(asOfFromHash('#map=4/1/2')).toBeNull();
  });
});

describe('footnotes', () => {
  const articles = {
    a: { id: 'a', meta: meta('Axios', 'Host story', 'Zachary Basu') },
    b: { id: 'b', meta: meta('RFE/RL', 'Own story', 'Reid Standish') },
  };
  // The pipeline's reference for each writer (contract Excerpt.reference), shortened: "Outlet. “Title.”".
  const reference = (source: SourceMeta) => `${source.outlet}. “${source.title}.”`;
  const excerpt = (
    article: string,
    paragraph: number,
    score: number,
    section: Excerpt['section'] = 'body',
  ): Excerpt => {
    const source =
      section === 'related' ? meta('Reuters', 'Wire story') : articles[article as 'a' | 'b'].meta;
    return {
      article,
      paragraph,
      section,
      score,
      text: `text ${article} ${paragraph}`,
      source,
      reference: reference(source),
    } as Excerpt;
  };

  it('one note per source in the panel order, a related story credited to its own outlet', () => {
    const shown = panelQuotes({
      articles,
      excerpts: [excerpt('b', 1, 9), excerpt('a', 4, 8, 'related'), excerpt('a', 2, 7), excerpt('b', 3, 6)],
    });
    const notes = footnotes(shown);
    expect(notes.map((note) => note.number)).toEqual([1, 2, 3]);
    expect(notes[0]!.text).toBe('RFE/RL. “Own story.”');
    expect(notes[1]!.text).toBe('Reuters. “Wire story.” (Related story on the Axios page, “Host story.”)');
    expect(notes[2]!.text).toBe('Axios. “Host story.”');
    expect(footnoteLines(notes).split('\n')[1]).toMatch(/^2\. Reuters/);
  });

  it("a step's citations, with the host page's metadata and the writer's", () => {
    const cite: Citation[] = [
      {
        id: 'a#p4',
        article: 'a',
        paragraph: 4,
        section: 'related',
        text: 't',
        meta: articles.a.meta,
        source: meta('Reuters', 'Wire story'),
        reference: reference(meta('Reuters', 'Wire story')),
      },
      {
        id: 'b#p1',
        article: 'b',
        paragraph: 1,
        section: 'body',
        text: 't',
        meta: articles.b.meta,
        source: articles.b.meta,
        reference: reference(articles.b.meta),
      },
      {
        id: 'b#p2',
        article: 'b',
        paragraph: 2,
        section: 'body',
        text: 'u',
        meta: articles.b.meta,
        source: articles.b.meta,
        reference: reference(articles.b.meta),
      },
    ];
    const notes = footnotes(stepQuotes(cite));
    expect(notes.map((note) => note.text)).toEqual([
      'Reuters. “Wire story.” (Related story on the Axios page, “Host story.”)',
      'RFE/RL. “Own story.”',
    ]);
  });
});

describe('export key', () => {
  const situation = { presenting: false, panelOpen: false, dialogOpen: false, typing: false };
  it('`e` exports, exploring or presenting; never while typing or in a dialog', () => {
    expect(keyCommand({ key: 'e', altKey: false, ctrlKey: false, metaKey: false }, situation)).toBe('export');
    expect(
      keyCommand(
        { key: 'E', altKey: false, ctrlKey: false, metaKey: false },
        { ...situation, presenting: true },
      ),
    ).toBe('export');
    expect(
      keyCommand({ key: 'e', altKey: false, ctrlKey: false, metaKey: false }, { ...situation, typing: true }),
    ).toBeNull();
    expect(keyCommand({ key: 'e', altKey: false, ctrlKey: true, metaKey: false }, situation)).toBeNull();
    expect(
      keyCommand(
        { key: 'e', altKey: false, ctrlKey: false, metaKey: false },
        { ...situation, dialogOpen: true },
      ),
    ).toBeNull();
  });
});

describe('note numbers', () => {
  it("numbers each quote by its source's footnote, in first-shown order", () => {
    const source = { outlet: 'X', title: null, author: null, date: null };
    const quote = (article: string) => ({
      article,
      paragraph: 0,
      section: 'body' as const,
      text: 't',
      source,
    });
    expect(noteNumbers([quote('b'), quote('a'), quote('b'), quote('c')])).toEqual([1, 2, 1, 3]);
  });
});
