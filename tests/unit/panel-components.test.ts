// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import ExcerptCard from '../../src/lib/panel/ExcerptCard.svelte';
import FactsBlock from '../../src/lib/panel/FactsBlock.svelte';
import type { ArticleEvidence, ResolvedClaim, ResolvedFact, Verdict } from '../../src/contract/dataset.ts';
import type { Excerpt, SourceMeta } from '../../src/contract/article.ts';
import { quoteRuns } from '../../src/lib/panel/quote-runs.ts';
import { contextSources, formatAsOf, webUrl } from '../../src/lib/panel/facts-order.ts';

afterEach(() => cleanup());

const article = (id: string, outlet: string | null, text: string): ArticleEvidence => ({
  id,
  meta: { outlet, title: `Title of ${id}`, author: null, date: null },
  paragraphs: [{ index: 0, section: 'body', text }],
});

const hostile =
  'Troops in Almaty <script>window.hacked = 1</script> <img src=x onerror="window.hacked=2"> &amp; <a href="javascript:alert(1)">x</a>';

const excerptOf = (text: string, extra: Partial<Excerpt> = {}): Excerpt => ({
  id: 'a#p0',
  article: 'a',
  paragraph: 0,
  section: 'body',
  text,
  score: 1,
  marks: [],
  source: { outlet: 'Outlet A', title: 'A title', author: null, date: null },
  reference: 'Outlet A. n.d. “A Title.”',
  carried: [],
  alsoIn: [],
  quotes: null,
  selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
  ...extra,
});

describe('ExcerptCard', () => {
  const excerpt = excerptOf(hostile, {
    section: 'caption',
    marks: [{ start: 10, end: 16, alias: 'Almaty' }],
    carried: [{ start: 0, end: hostile.length, by: [{ article: 'b', paragraph: 2 }] }],
    alsoIn: [{ article: 'b', paragraph: 2 }],
  });
  const articles = { a: article('a', 'Axios', hostile), b: article('b', 'RFE/RL', 'x') };

  it('renders the excerpt as a blockquote with the matched words marked and its source beside it', () => {
    const { container } = render(ExcerptCard, { excerpt, articles, onread: () => {} });
    const quote = container.querySelector('blockquote');
    expect(quote?.querySelector('mark')?.textContent).toBe('Almaty');
    // Credited to whoever wrote the text (the excerpt's source), not to the host page.
    expect(container.querySelector('.source .outlet')?.textContent).toBe('Outlet A');
    expect(container.querySelector('.source .title')?.textContent).toBe('A title');
    expect(container.querySelector('.provenance')?.textContent).toBe('Photo caption on the Axios page');
    expect(container.querySelector('.carried-list')?.textContent).toContain('RFE/RL');
  });

  it('shows article text as literal text: markup in a seed never becomes elements', () => {
    const { container } = render(ExcerptCard, { excerpt, articles, onread: () => {} });
    const quote = container.querySelector('blockquote')!;
    expect(quote.textContent).toBe(hostile);
    expect(quote.querySelector('script, img, a')).toBeNull();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('marks only the carried sentence, says who carries it, and keeps the quote verbatim', () => {
    const text = 'First sentence is ours. Second sentence was carried. Third is ours too.';
    const start = text.indexOf('Second');
    const end = text.indexOf(' Third');
    const carriedExcerpt = excerptOf(text, {
      carried: [{ start, end, by: [{ article: 'b', paragraph: 4 }] }],
      alsoIn: [{ article: 'b', paragraph: 4 }],
    });
    const { container } = render(ExcerptCard, { excerpt: carriedExcerpt, articles, onread: () => {} });
    expect(container.querySelector('blockquote')?.textContent).toBe(text);
    expect([...container.querySelectorAll('blockquote .carried')].map((span) => span.textContent)).toEqual([
      'Second sentence was carried.',
    ]);
    const note = container.querySelector('.carried-list li')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(note).toBe('Also carried by RFE/RL: Second sentence was carried.');
  });

  it('marks a paragraph shown only as context for the excerpt above it, and no other', () => {
    const context = excerptOf('Some forces that would normally go are far away.', {
      id: 'a#p6',
      paragraph: 6,
      contextFor: 'a#p7',
    });
    const { container } = render(ExcerptCard, { excerpt: context, articles, onread: () => {} });
    const note = container.querySelector('.context-for');
    expect(note?.textContent?.trim()).toBe(
      'Context: the paragraph just before the excerpt above, which leans on it',
    );
    expect(note?.getAttribute('data-context-for')).toBe('a#p7');
    cleanup();
    const plain = render(ExcerptCard, { excerpt: excerptOf('Plain.'), articles, onread: () => {} });
    expect(plain.container.querySelector('.context-for')).toBeNull();
  });

  it('shows no "Also carried by" when no sentence is carried', () => {
    const { container } = render(ExcerptCard, { excerpt: excerptOf('Plain.'), articles, onread: () => {} });
    expect(container.textContent).not.toContain('Also carried by');
    expect(container.querySelector('.carried')).toBeNull();
  });

  it('says which article a paragraph quotes, with a way to read the original', () => {
    const reads: Array<[string, number]> = [];
    const quoting = excerptOf('“As the envoy said”, he wrote.', { quotes: { article: 'b', paragraph: 7 } });
    const { container } = render(ExcerptCard, {
      excerpt: quoting,
      articles,
      onread: (id: string, paragraph: number) => reads.push([id, paragraph]),
    });
    const line = container.querySelector('.quoting');
    expect(line?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Quoting RFE/RL');
    line?.querySelector('button')?.click();
    expect(reads).toEqual([['b', 7]]);
  });
});

describe('quoteRuns', () => {
  it('cuts at marks and carried sentences without losing a character', () => {
    const text = 'abcdefghij';
    const runs = quoteRuns(text, [{ start: 2, end: 5 }], [{ start: 4, end: 8 }]);
    expect(runs.map((run) => run.text).join('')).toBe(text);
    expect(runs).toEqual([
      { text: 'ab', marked: false, carried: null },
      { text: 'cd', marked: true, carried: null },
      { text: 'e', marked: true, carried: 0 },
      { text: 'fgh', marked: false, carried: 0 },
      { text: 'ij', marked: false, carried: null },
    ]);
  });
  it('ignores spans outside the text', () => {
    expect(quoteRuns('abc', [{ start: 2, end: 9 }], [{ start: -1, end: 2 }])).toEqual([
      { text: 'abc', marked: false, carried: null },
    ]);
  });
});

const who = (outlet: string): SourceMeta => ({ outlet, title: `${outlet} story`, author: null, date: null });
const claim = (
  value: string,
  asOf: string | null,
  outlet: string,
  reading: Pick<ResolvedClaim, 'modality' | 'attributedTo'> = { modality: 'reported', attributedTo: null },
): ResolvedClaim => ({
  ...reading,
  value,
  number: null,
  asOf,
  quote: `${outlet} said ${value}.`,
  article: outlet.toLowerCase(),
  paragraph: 0,
  start: 0,
  end: 1,
  source: who(outlet),
});
const fact = (verdict: Verdict, claims: ResolvedClaim[]): ResolvedFact => ({
  label: 'People killed',
  verdict,
  claims,
});

describe('FactsBlock', () => {
  it('puts disagreeing figures side by side, flagged, each credited to its writer', () => {
    const { container } = render(FactsBlock, {
      facts: [
        fact('differ', [
          claim('about 100,000', '2022-01-10', 'Lantern'),
          claim('40,000', '2022-01-10', 'Beacon'),
        ]),
      ],
      onread: () => {},
    });
    expect(container.querySelector('.flag')?.textContent).toBe('Sources differ');
    expect(container.querySelector('.claims.side-by-side')).not.toBeNull();
    expect(
      [...container.querySelectorAll('.claim')].map((item) => [
        item.querySelector('.value')?.textContent,
        item.querySelector('.outlet')?.textContent,
      ]),
    ).toEqual([
      ['about 100,000', 'Lantern'],
      ['40,000', 'Beacon'],
    ]);
  });

  it('says a figure changed over time, in date order, and never "Sources differ" for it', () => {
    // The pipeline orders a changed figure's claims by date (undated last); the panel keeps that order.
    const { container } = render(FactsBlock, {
      facts: [
        fact('changed', [
          claim('dozens', '--01-06', 'Beacon'),
          claim('some 164', '2022-01-10', 'Lantern'),
          claim('many', null, 'Signal'),
        ]),
      ],
      onread: () => {},
    });
    expect(container.querySelector('.flag')?.textContent).toBe('Figure changed over time');
    expect(container.textContent).not.toContain('Sources differ');
    expect(container.querySelector('ol.claims.timeline')).not.toBeNull();
    expect([...container.querySelectorAll('.claim .value')].map((item) => item.textContent)).toEqual([
      'dozens',
      'some 164',
      'many',
    ]);
    expect([...container.querySelectorAll('.as-of')].map((item) => item.textContent)).toEqual([
      'as of 6 January',
      'as of 10 January 2022',
    ]);
  });

  it('does not flag figures that agree as a disagreement, nor a single claim at all', () => {
    const { container } = render(FactsBlock, {
      facts: [
        fact('agree', [
          claim('more than 13,000', null, 'Lantern'),
          claim('fourteen thousand', null, 'Beacon'),
        ]),
        { ...fact('single', [claim('2,500', null, 'Beacon')]), label: 'Troops sent' },
      ],
      onread: () => {},
    });
    expect([...container.querySelectorAll('.flag')].map((flag) => flag.textContent)).toEqual([
      'Sources agree',
    ]);
    expect(container.querySelector('.side-by-side')).toBeNull();
  });
});

describe('facts and sources helpers', () => {
  it('reads claim dates without guessing a year', () => {
    expect(formatAsOf('2022-01-10')).toBe('10 January 2022');
    expect(formatAsOf('--01-06')).toBe('6 January');
    expect(formatAsOf('2022-01')).toBe('2022-01');
  });
  it('links only web addresses and keeps context apart', () => {
    expect(webUrl('javascript:alert(1)')).toBeNull();
    expect(webUrl('not a url')).toBeNull();
    expect(webUrl('https://example.org/a')).toBe('https://example.org/a');
    const base = { source: 's', outlet: null, title: null, date: null, url: null };
    expect(
      contextSources([
        { ...base, what: 'border', context: false },
        { ...base, what: 'garrison', context: true },
      ]).map((source) => source.what),
    ).toEqual(['garrison']);
  });
});
