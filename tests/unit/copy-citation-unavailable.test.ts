// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import ExcerptCard from '../../src/lib/panel/ExcerptCard.svelte';
import type { Excerpt } from '../../src/contract/article.ts';

// The formatter's chunk cannot be loaded (an updated deployment, a dropped connection).
vi.mock('../../src/lib/panel/citation/cite.ts', () => ({
  copyCitationText: async () => {
    throw new Error('chunk failed to load');
  },
  preloadFormatter: () => {},
}));

afterEach(() => cleanup());

const text = 'The ferry ran again on Tuesday.';
const excerpt: Excerpt = {
  id: 'quay#p1',
  article: 'quay',
  paragraph: 1,
  section: 'body',
  text,
  score: 1,
  marks: [],
  source: { outlet: 'Quay Courier', title: 'Ferry back', author: 'Lio Brandt', date: null },
  carried: [],
  alsoIn: [],
  quotes: null,
  selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
};

describe('Copy citation without the formatter', () => {
  it('says the citation is unavailable and copies nothing, then offers it again', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void written.push(value) },
    });
    render(ExcerptCard, {
      excerpt,
      articles: { quay: { id: 'quay', meta: excerpt.source } },
      onread: () => {},
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    await screen.findByRole('button', { name: 'Citation unavailable, try again' });
    expect(written).toEqual([]);
    await screen.findByRole('button', { name: 'Copy citation' }, { timeout: 3000 });
  });
});
