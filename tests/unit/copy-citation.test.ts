// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import ExcerptCard from '../../src/lib/panel/ExcerptCard.svelte';
import type { Excerpt } from '../../src/contract/article.ts';

// Invented page and writer.
const text = 'The ferry ran again on Tuesday.';
const excerpt: Excerpt = {
  id: 'quay#p1',
  article: 'quay',
  paragraph: 1,
  section: 'body',
  text,
  score: 1,
  marks: [],
  source: { outlet: 'Quay Courier', title: 'Ferry back', author: 'Lio Brandt', date: '2022-01-09' },
  // As the pipeline formats it (tests/unit/chicago-reference.test.ts): the card copies it as it is.
  reference: 'Brandt, Lio. 2022. “Ferry Back.” Quay Courier, January 9.',
  carried: [],
  alsoIn: [],
  quotes: null,
  selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
};
const articles = { quay: { id: 'quay', meta: excerpt.source } };

let written: string[] = [];
beforeEach(() => {
  written = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (value: string) => void written.push(value) },
  });
});
afterEach(() => cleanup());

describe('Copy citation', () => {
  it('puts the Chicago reference and the quote on the clipboard, then says so', async () => {
    render(ExcerptCard, { excerpt, articles, onread: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    await screen.findByRole('button', { name: 'Copied' });
    expect(written).toEqual([
      'Brandt, Lio. 2022. “Ferry Back.” Quay Courier, January 9.\n“The ferry ran again on Tuesday.”',
    ]);
  });
});
