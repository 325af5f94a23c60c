// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import ArticleReader from '../../src/lib/reader/ArticleReader.svelte';
import type { ArticleEvidence } from '../../src/contract/dataset.ts';
import type { SourceMeta } from '../../src/contract/article.ts';
import { provenanceOf } from '../../src/lib/sources/provenance.ts';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods: open it as the browser would.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
  Element.prototype.scrollIntoView ??= () => {};
});
afterEach(() => cleanup());

// An invented page: its own text, a caption, and a related story from another outlet.
const host: SourceMeta = {
  outlet: 'The Lantern',
  title: 'River crossings closed',
  author: 'Odile Marsh',
  date: null,
};
const wire: SourceMeta = { outlet: 'Kestrel Wire', title: 'Bridge reopens', author: null, date: null };
const page: ArticleEvidence = {
  id: 'lantern',
  meta: host,
  paragraphs: [
    { index: 0, section: 'caption', text: 'Boats moored at the quay.' },
    { index: 1, section: 'body', text: 'The crossings closed <b>at dawn</b>.' },
    {
      index: 2,
      section: 'related',
      heading: 'Bridge reopens',
      text: 'RIVERTON (Kestrel Wire) - The bridge reopened.',
    },
  ],
};

describe('ArticleReader', () => {
  it('credits the paragraph it opened at to its writer, and labels captions and related stories', () => {
    const credit = provenanceOf(
      { article: 'lantern', section: 'related', source: wire },
      { lantern: { id: 'lantern', meta: host } },
    );
    const { container } = render(ArticleReader, {
      article: page,
      paragraph: 2,
      marks: [],
      credit,
      onclose: () => {},
    });
    const current = container.querySelector('[data-paragraph="2"]')!;
    expect(current.classList.contains('current')).toBe(true);
    expect(current.querySelector('.credit .outlet')?.textContent).toBe('Kestrel Wire');
    expect(current.querySelector('.found-on')?.textContent).toBe(
      'Kestrel Wire, in a related story on The Lantern page',
    );
    expect(current.textContent).not.toContain('Odile Marsh');
    expect(current.querySelector('.section')?.textContent).toMatch(/^Related story/);
    expect(container.querySelector('[data-paragraph="0"] .section')?.textContent).toBe('Photo caption');
  });

  it('shows article text as text, never markup', () => {
    const { container } = render(ArticleReader, {
      article: page,
      paragraph: 1,
      marks: [],
      onclose: () => {},
    });
    const paragraph = container.querySelector('[data-paragraph="1"]')!;
    expect(paragraph.querySelector('b')).toBeNull();
    expect(paragraph.textContent).toContain('<b>at dawn</b>');
  });
});
