// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import ExcerptCard from '../../src/lib/panel/ExcerptCard.svelte';
import FactsBlock from '../../src/lib/panel/FactsBlock.svelte';
import type { ArticleEvidence, ResolvedFact } from '../../src/contract/dataset.ts';
import type { Excerpt } from '../../src/contract/article.ts';

afterEach(() => cleanup());

const article = (id: string, outlet: string | null, text: string): ArticleEvidence => ({
  id,
  meta: { outlet, title: `Title of ${id}`, author: null, date: null },
  paragraphs: [{ index: 0, section: 'body', text }],
});

const hostile =
  'Troops in Almaty <script>window.hacked = 1</script> <img src=x onerror="window.hacked=2"> &amp; <a href="javascript:alert(1)">x</a>';

describe('ExcerptCard', () => {
  const excerpt: Excerpt = {
    id: 'a#p0',
    article: 'a',
    paragraph: 0,
    section: 'caption',
    text: hostile,
    score: 1,
    marks: [{ start: 10, end: 16, alias: 'Almaty' }],
    source: { outlet: 'Outlet A', title: 'A title', author: null, date: null },
    carried: [{ start: 0, end: hostile.length, by: [{ article: 'b', paragraph: 2 }] }],
    alsoIn: [{ article: 'b', paragraph: 2 }],
    quotes: null,
    selector: { type: 'TextQuoteSelector', exact: hostile, prefix: '', suffix: '' },
  };
  const articles = { a: article('a', 'Axios', hostile), b: article('b', 'RFE/RL', 'x') };

  it('renders the excerpt as a blockquote with the matched words marked and its source beside it', () => {
    const { container } = render(ExcerptCard, { excerpt, articles, onread: () => {} });
    const quote = container.querySelector('blockquote');
    expect(quote?.querySelector('mark')?.textContent).toBe('Almaty');
    // Credited to whoever wrote the text (the excerpt's source), not to the host page.
    expect(container.querySelector('.source .outlet')?.textContent).toBe('Outlet A');
    expect(container.textContent).toContain('Photo caption');
    expect(container.querySelector('.also')?.textContent).toContain('RFE/RL');
  });

  it('shows article text as literal text: markup in a seed never becomes elements', () => {
    const { container } = render(ExcerptCard, { excerpt, articles, onread: () => {} });
    const quote = container.querySelector('blockquote')!;
    expect(quote.textContent).toBe(hostile);
    expect(quote.querySelector('script, img, a')).toBeNull();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('FactsBlock', () => {
  const fact = (values: string[]): ResolvedFact => ({
    label: 'Russian troops on the border',
    verdict: new Set(values).size > 1 ? 'differ' : 'agree',
    disputed: new Set(values).size > 1,
    claims: values.map((value, index) => ({
      value,
      article: index ? 'b' : 'a',
      paragraph: 0,
      start: 0,
      end: 1,
      quote: `quote ${index}`,
      number: null,
      asOf: null,
      source: { outlet: null, title: null, author: null, date: null },
    })),
  });
  const articles = { a: article('a', 'RFE/RL', 'x'), b: article('b', 'The Daily Beast', 'y') };

  it('puts disagreeing figures side by side, flagged, each with its source', () => {
    const { container } = render(FactsBlock, {
      facts: [fact(['about 100,000', 'hundreds of thousands'])],
      articles,
      onread: () => {},
    });
    expect(container.querySelector('.flag')?.textContent).toBe('Sources differ');
    expect(container.querySelector('.claims.side-by-side')).not.toBeNull();
    expect(
      [...container.querySelectorAll('.claim')].map((claim) => [
        claim.querySelector('.value')?.textContent,
        claim.querySelector('.outlet')?.textContent,
      ]),
    ).toEqual([
      ['about 100,000', 'RFE/RL'],
      ['hundreds of thousands', 'The Daily Beast'],
    ]);
  });

  it('does not flag figures the sources agree on', () => {
    const { container } = render(FactsBlock, {
      facts: [fact(['2,500', '2,500'])],
      articles,
      onread: () => {},
    });
    expect(container.querySelector('.flag')).toBeNull();
  });
});
