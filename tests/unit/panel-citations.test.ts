import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/contract/dataset.ts';
import type { SourceMeta } from '../../src/contract/article.ts';
import { sourceKey } from '../../src/contract/source-key.ts';
import { provenanceOf, type QuotedText } from '../../src/lib/sources/provenance.ts';
import { quoteSelector } from '../../src/lib/panel/citation/selector.ts';
import {
  authorNames,
  citeKey,
  cslDate,
  cslItemFor,
  cslItemsFor,
} from '../../src/lib/panel/citation/csl-item.ts';
import { copyCitationText, evidenceCslJson } from '../../src/lib/panel/citation/cite.ts';
import { chicagoReference } from '../../src/pipeline/text/meta/reference.ts';

/** A quoted text with the reference the pipeline gives its writer (contract Excerpt.reference). */
const cited = <T extends QuotedText>(quoted: T) => ({
  ...quoted,
  reference: chicagoReference(quoted.source),
});

// Invented outlets and people: the fixtures are not the seeds the code was written against.
const hostMeta: SourceMeta = {
  outlet: 'The Prairie Ledger',
  title: 'Grain convoys stall at the northern pass',
  author: 'Mara Quill',
  date: '2022-01-08',
};
const articles: Record<string, ArticleSummary> = { ledger: { id: 'ledger', meta: hostMeta } };
const wire: SourceMeta = {
  outlet: 'Northwind Wire',
  title: 'Pass reopens after two-day standoff',
  author: null,
  date: null,
};

const own: QuotedText = {
  article: 'ledger',
  paragraph: 3,
  section: 'body',
  text: 'Drivers waited two days at the northern pass.',
  source: hostMeta,
};
const related: QuotedText = {
  article: 'ledger',
  paragraph: 12,
  section: 'related',
  text: 'KESTREL FORD (Northwind Wire) - The pass reopened on Monday.',
  source: wire,
};
const caption: QuotedText = {
  article: 'ledger',
  paragraph: 0,
  section: 'caption',
  text: 'Trucks queue below the pass, January 6.',
  source: hostMeta,
};

describe('provenance', () => {
  it('credits a related story to its own outlet, on the host page', () => {
    const provenance = provenanceOf(related, articles);
    expect(provenance.label).toBe('Northwind Wire, in a related story on The Prairie Ledger page');
    expect(provenance.writer).toBe(wire);
    expect(provenance.kind).toBe('related');
  });
  it('says when a related story names no outlet, and never borrows the host author', () => {
    const label = provenanceOf({ ...related, source: { ...wire, outlet: null } }, articles).label;
    expect(label).toBe('A related story on The Prairie Ledger page (outlet not stated)');
    expect(label).not.toContain('Quill');
  });
  it('names a page without an outlet by its title, once', () => {
    const untitled = { ledger: { id: 'ledger', meta: { ...hostMeta, outlet: null } } };
    expect(provenanceOf(caption, untitled).label).toBe(
      'Photo caption on the page “Grain convoys stall at the northern pass”',
    );
    const text = copyCitationText(cited(related), untitled);
    expect(text.split('\n').at(-1)).toBe(
      '(Related story on the page “Grain convoys stall at the northern pass”.)',
    );
  });
  it('labels a caption as a caption and the article text with its outlet', () => {
    expect(provenanceOf(caption, articles).label).toBe('Photo caption on The Prairie Ledger page');
    expect(provenanceOf(own, articles).label).toBe('The Prairie Ledger');
    const axios = { axios: { id: 'axios', meta: { ...hostMeta, outlet: 'Axios' } } };
    expect(provenanceOf({ ...related, article: 'axios' }, axios).label).toBe(
      'Northwind Wire, in a related story on the Axios page',
    );
  });
  it('keys two related stories on one page apart, and a page’s own text together', () => {
    expect(sourceKey(related)).not.toBe(sourceKey(own));
    expect(sourceKey(caption)).toBe(sourceKey(own));
    expect(sourceKey({ ...related, source: { ...wire, title: 'Another story' } })).not.toBe(
      sourceKey(related),
    );
  });
});

describe('TextQuoteSelector', () => {
  it('keeps the pipeline’s selector with its context', () => {
    const selector = {
      type: 'TextQuoteSelector' as const,
      exact: own.text,
      prefix: 'before ',
      suffix: ' after',
    };
    expect(quoteSelector({ ...own, selector })).toEqual(selector);
  });
  it('without one, gives only the exact text: no invented context', () => {
    const selector = quoteSelector(own);
    expect(selector).toEqual({ type: 'TextQuoteSelector', exact: own.text });
    expect('prefix' in selector || 'suffix' in selector).toBe(false);
  });
  it('does not trust a selector for another text', () => {
    const stale = { type: 'TextQuoteSelector' as const, exact: 'other', prefix: 'a', suffix: 'b' };
    expect(quoteSelector({ ...own, selector: stale }).exact).toBe(own.text);
  });
});

describe('CSL items', () => {
  it('reads dates as the source states them', () => {
    expect(cslDate('2022-01-08')).toEqual({ 'date-parts': [[2022, 1, 8]] });
    expect(cslDate('2022-01')).toEqual({ 'date-parts': [[2022, 1]] });
    expect(cslDate('Saturday, January 8th, 2022')).toEqual({ literal: 'Saturday, January 8th, 2022' });
    expect(cslDate(null)).toBeUndefined();
  });
  it('splits joint bylines and makes keys Pandoc accepts', () => {
    expect(authorNames('Ada Fenn and Tomas Rell')).toEqual(['Ada Fenn', 'Tomas Rell']);
    expect(authorNames(null)).toBeUndefined();
    expect(citeKey('ledger~related~Northwind Wire~Pass reopens')).toBe(
      'ledger-related-northwind-wire-pass-reopens',
    );
  });
  it('cites a related story under its own headline and outlet, noting the host page', () => {
    const item = cslItemFor(related, articles);
    expect(item).toMatchObject({
      type: 'article-newspaper',
      title: 'Pass reopens after two-day standoff',
      'container-title': 'Northwind Wire',
      custom: { foundOn: { article: 'ledger', outlet: 'The Prairie Ledger' } },
    });
    expect(item.author).toBeUndefined();
    expect(item.issued).toBeUndefined();
    expect(item.note).toContain('The Prairie Ledger');
  });
  it('gives one item per cited source, each with all its quotes', () => {
    const items = cslItemsFor([own, related, caption], articles);
    expect(items.map((item) => item.title)).toEqual([hostMeta.title, wire.title]);
    expect(items[0]!.custom.quotes.map((quote) => quote.paragraph)).toEqual([3, 0]);
    expect(items[1]!.custom.quotes[0]!.selector.exact).toBe(related.text);
  });
});

describe('citation text (Chicago author-date, the reference formatted by the pipeline)', () => {
  it('formats the article’s own text with its author, date, title and outlet, then the quote', () => {
    expect(copyCitationText(cited(own), articles)).toBe(
      'Quill, Mara. 2022. “Grain Convoys Stall at the Northern Pass.” The Prairie Ledger, January 8.\n' +
        '“Drivers waited two days at the northern pass.”',
    );
  });
  it('formats a related story as its own outlet’s, and says which page it was found on', () => {
    const text = copyCitationText(cited(related), articles);
    expect(text).toBe(
      'Northwind Wire. n.d. “Pass Reopens after Two-Day Standoff.”\n' +
        '“KESTREL FORD (Northwind Wire) - The pass reopened on Monday.”\n' +
        '(Related story on The Prairie Ledger page, “Grain convoys stall at the northern pass.”)',
    );
    expect(text).not.toContain('Quill');
  });
  it('marks a caption as a caption, not as the reporter’s prose', () => {
    expect(copyCitationText(cited(caption), articles)).toBe(
      'Quill, Mara. 2022. “Grain Convoys Stall at the Northern Pass.” The Prairie Ledger, January 8.\n' +
        '“Trucks queue below the pass, January 6.”\n(Photo caption.)',
    );
  });
  it('names the original when the quoted text reproduces another article’s words', () => {
    const withOriginal = { ...articles, wire: { id: 'wire', meta: wire } };
    const text = copyCitationText(cited({ ...own, quotes: { article: 'wire', paragraph: 2 } }), withOriginal);
    expect(text.split('\n').at(-1)).toBe('(Quoting Northwind Wire, “Pass reopens after two-day standoff.”)');
  });
  it('exports CSL-JSON that names parsed and quotes with their selectors', async () => {
    const json: unknown = JSON.parse(await evidenceCslJson([own, related], articles));
    expect(json).toMatchObject([
      {
        id: 'ledger',
        author: [{ family: 'Quill', given: 'Mara' }],
        issued: { 'date-parts': [[2022, 1, 8]] },
        custom: { quotes: [{ selector: { type: 'TextQuoteSelector', exact: own.text } }] },
      },
      { 'container-title': 'Northwind Wire', title: wire.title },
    ]);
  });
});
