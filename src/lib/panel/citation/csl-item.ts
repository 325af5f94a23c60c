import type { Section } from '../../../contract/article.ts';
import type { ArticleSummary } from '../../../contract/dataset.ts';
import { sourceKey } from '../../../contract/source-key.ts';
import { referenceFields, type CslDate } from '../../../contract/reference-fields.ts';
import { provenanceOf, type QuotedText } from '../../sources/provenance.ts';
import { quoteSelector, type QuoteSelector } from './selector.ts';

export { authorNames, cslDate, type CslDate } from '../../../contract/reference-fields.ts';

/** One quote kept with its source item (CSL 1.0.2 `custom`: Zotero and Pandoc ignore what they do not read). */
export interface CslQuote {
  text: string;
  /** The page (seed article id) and 0-based paragraph it was found at. */
  article: string;
  paragraph: number;
  section: Section;
  selector: QuoteSelector;
}

/**
 * A CSL-JSON item for one source (who wrote the text). Names are the strings the page states;
 * citation-js parses them into family/given when it exports (the reference is the pipeline’s).
 */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title?: string;
  'container-title'?: string;
  author?: string[];
  issued?: CslDate;
  /** Where the text was found when it is not the page's own article (read by Zotero as "Extra"). */
  note?: string;
  custom: { quotes: CslQuote[]; foundOn?: { article: string; outlet: string | null; title: string | null } };
}

/** A key Pandoc and Zotero accept as a citation key: letters, digits, `_` and `-` only. */
export function citeKey(key: string): string {
  return key
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

function quoteOf(quoted: QuotedText & { selector?: QuoteSelector | undefined }): CslQuote {
  return {
    text: quoted.text,
    article: quoted.article,
    paragraph: quoted.paragraph,
    section: quoted.section,
    selector: quoteSelector(quoted),
  };
}

/** A title in quotation marks ending a sentence: the period inside the closing quote, unless it ends in ? or !. */
export function quotedTitle(title: string, end = '.'): string {
  return /[.?!…]$/u.test(title) ? `“${title}”` : `“${title}${end}”`;
}

const LONG_DATE = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Dated January 8, 2022; the page names no outlet." */
export function datedLine(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  return `Dated ${Number.isNaN(day.getTime()) ? date : LONG_DATE.format(day)}; the page names no outlet.`;
}

/** "Page updated on January 6; it states no year." */
export function updatedLine(updated: string): string {
  return `Page ${updated}; it states no year.`;
}

/** The item for the source of one quoted text; the quote is attached. */
export function cslItemFor(
  quoted: QuotedText & { selector?: QuoteSelector | undefined },
  articles: Readonly<Record<string, ArticleSummary>>,
): CslItem {
  const provenance = provenanceOf(quoted, articles);
  const { writer } = provenance;
  const item: CslItem = {
    id: citeKey(sourceKey(quoted)),
    type: 'article-newspaper',
    custom: { quotes: [quoteOf(quoted)] },
  };
  const { dateLeftOut, ...fields } = referenceFields(writer);
  Object.assign(item, fields);
  if (dateLeftOut) item.note = datedLine(dateLeftOut);
  else if (!fields.issued && provenance.kind !== 'related' && provenance.host?.updated)
    item.note = updatedLine(provenance.host.updated);
  if (provenance.kind === 'related') {
    const hostTitle = provenance.host?.title;
    item.note = `Related story shown ${provenance.onHost}${
      provenance.host?.outlet && hostTitle ? `, ${quotedTitle(hostTitle)}` : '.'
    }`;
    item.custom.foundOn = {
      article: quoted.article,
      outlet: provenance.host?.outlet ?? null,
      title: provenance.host?.title ?? null,
    };
  }
  return item;
}

/** One item per cited source, in first-cited order, each with every quote of that source. */
export function cslItemsFor(
  quotes: ReadonlyArray<QuotedText & { selector?: QuoteSelector | undefined }>,
  articles: Readonly<Record<string, ArticleSummary>>,
): CslItem[] {
  const items = new Map<string, CslItem>();
  for (const quoted of quotes) {
    const key = sourceKey(quoted);
    const known = items.get(key);
    if (known) known.custom.quotes.push(quoteOf(quoted));
    else items.set(key, cslItemFor(quoted, articles));
  }
  return [...items.values()];
}
