// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import ExcerptCard from '../../src/lib/panel/ExcerptCard.svelte';
import SourceBadge from '../../src/lib/sources/SourceBadge.svelte';
import type { ArticleSummary } from '../../src/contract/dataset.ts';
import type { Excerpt, SourceMeta } from '../../src/contract/article.ts';
import { copyCitationText } from '../../src/lib/panel/citation/cite.ts';
import { capitalizeParticles } from '../../src/pipeline/text/meta/phrasal.ts';
import { chicagoReference } from '../../src/pipeline/text/meta/reference.ts';
import { quotedTitle } from '../../src/lib/panel/citation/csl-item.ts';
import type { QuotedText } from '../../src/lib/sources/provenance.ts';

afterEach(() => cleanup());

// Invented outlets, people and pages.
const essay: SourceMeta = {
  outlet: null,
  title: 'How the steppe could shift the capital’s calculus',
  author: 'Ilse Varga',
  date: null,
  updated: 'updated on January 6',
};
const dated: SourceMeta = { outlet: null, title: 'The northern dilemma', author: null, date: '2022-01-08' };
const sentinel: SourceMeta = {
  outlet: 'AP',
  title: 'Convoy reaches the pass',
  author: 'Tom Reyes',
  date: '2022-01-07',
  via: 'prairie-sentinel.example',
};
const articles: Record<string, ArticleSummary> = {
  essay: { id: 'essay', meta: essay },
  dated: { id: 'dated', meta: dated },
  sentinel: { id: 'sentinel', meta: sentinel },
};
const quoted = (article: string, source: SourceMeta, section: QuotedText['section'] = 'body') => ({
  article,
  paragraph: 2,
  section,
  text: 'Lorries queued for two days.',
  source,
});
// The reference as the pipeline formats it for the text's writer (contract Excerpt.reference).
const lines = (item: Omit<Parameters<typeof copyCitationText>[0], 'reference'>) =>
  copyCitationText({ ...item, reference: chicagoReference(item.source) }, articles).split('\n');

describe('citations for every source type (Chicago author-date, formatted by the pipeline)', () => {
  it('an article with no outlet: the year in the reference, the full date said, never a dangling "January 8."', () => {
    const [reference, , date] = lines(quoted('dated', dated));
    expect(reference).toBe('“The Northern Dilemma.” 2022.');
    expect(reference).not.toMatch(/January 8\.$/);
    expect(date).toBe('(Dated January 8, 2022; the page names no outlet.)');
  });
  it('a page with only an "updated on January 6" line: used, and its year not guessed', () => {
    const [reference, , date] = lines(quoted('essay', { ...essay, updated: null }));
    expect(reference).toBe('Varga, Ilse. n.d. “How the Steppe Could Shift the Capital’s Calculus.”');
    expect(date).toBe('(Page updated on January 6; it states no year.)');
    expect(lines(quoted('essay', { ...essay, updated: null })).join('\n')).not.toMatch(/2022/);
  });
  it('a caption: its photographer and agency on whose page it stands, never the article’s author as its writer', () => {
    const caption = quoted('essay', { ...essay, author: null, credit: 'Mara Lind/Northwind' }, 'caption');
    const text = lines(caption);
    expect(text.at(-1)).toBe('(Photo caption. Photo: Mara Lind/Northwind, on Ilse Varga’s page.)');
    expect(text[0]).not.toMatch(/^Varga/);
  });
  it('a wire story on a local site: credited to the wire, via the host', () => {
    const text = lines(quoted('sentinel', sentinel));
    expect(text[0]).toBe('Reyes, Tom. 2022. “Convoy Reaches the Pass.” AP, January 7.');
    expect(text.at(-1)).toBe('(AP story, via prairie-sentinel.example.)');
  });
  it('a quoted article: "Quoting Ilse Varga, “How the steppe …”" with the period inside the quote', () => {
    const text = lines({ ...quoted('dated', dated), quotes: { article: 'essay', paragraph: 4 } });
    expect(text.at(-1)).toBe('(Quoting Ilse Varga, “How the steppe could shift the capital’s calculus.”)');
  });
  it('titles keep their case, phrasal particles capitalised: "Put Down", not "Put down"', () => {
    const wire: SourceMeta = {
      outlet: 'Northwind Wire',
      title: 'Veska sends troops to put down Orlan uprising as violence erupts',
      author: null,
      date: null,
    };
    const [reference] = lines(quoted('dated', wire, 'related'));
    expect(reference).toBe(
      'Northwind Wire. n.d. “Veska Sends Troops to Put Down Orlan Uprising as Violence Erupts.”',
    );
    expect(capitalizeParticles('Police crack down on protests after dark')).toBe(
      'Police crack Down on protests after dark',
    );
    expect(capitalizeParticles('Walking down the road')).toBe('Walking down the road');
  });
  it('puts periods and commas inside closing quotes, and no period after a question', () => {
    expect(quotedTitle('Will the pass reopen?')).toBe('“Will the pass reopen?”');
    expect(quotedTitle('The pass reopens', ',')).toBe('“The pass reopens,”');
  });
});

const excerpt = (article: string, source: SourceMeta, section: Excerpt['section']): Excerpt => ({
  id: `${article}#p1`,
  article,
  paragraph: 1,
  section,
  text: 'Trucks queue below the pass.',
  score: 1,
  marks: [],
  carried: [],
  alsoIn: [],
  source,
  reference: chicagoReference(source),
  quotes: null,
  selector: { type: 'TextQuoteSelector', exact: 'Trucks queue below the pass.', prefix: '', suffix: '' },
});

describe('cards and badges credit captions and wire stories', () => {
  it('a caption card credits the photographer on whose page it stands, not the author beside it', () => {
    const { container } = render(ExcerptCard, {
      excerpt: excerpt('essay', { ...essay, author: null, credit: 'Mara Lind/Northwind' }, 'caption'),
      articles,
      onread: () => {},
    });
    expect(container.querySelector('.provenance')?.textContent).toBe(
      'Photo: Mara Lind/Northwind, on Ilse Varga’s page',
    );
    expect(container.querySelector('.source .author')).toBeNull();
  });
  it('a wire story’s badge reads "AP, via <host>"', () => {
    const { container } = render(SourceBadge, { meta: sentinel });
    expect(container.querySelector('.outlet')?.textContent).toBe('AP, via prairie-sentinel.example');
  });
});
