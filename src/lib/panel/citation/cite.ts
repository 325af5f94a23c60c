import type { ArticleSummary } from '../../../contract/dataset.ts';
import type { SourceRef } from '../../../contract/article.ts';
import { onWhosePage, pageName, provenanceOf, type QuotedText } from '../../sources/provenance.ts';
import { cslItemFor, cslItemsFor, quotedTitle } from './csl-item.ts';
import type { QuoteSelector } from './selector.ts';

type Quoted = QuotedText & { selector?: QuoteSelector | undefined; quotes?: SourceRef | null };
type Articles = Readonly<Record<string, ArticleSummary>>;

/** A quoted text with its source's Chicago author-date reference, as the pipeline formatted it. */
export type Referenced = Quoted & { reference: string };

/** citation-js loads when CSL-JSON is asked for (it parses names into family and given), not with the app. */
const loadCslJson = () => import('./csl-json.ts');

/**
 * What the reference alone does not say: a related story is cited under its own outlet and headline, so
 * the page it was found on follows; a caption is cited under its page, so it is marked as a caption and
 * credited to its photographer and agency where the page states them; a wire story names the site it
 * was read on.
 */
export function foundOnLine(quoted: Quoted, articles: Articles): string | null {
  const provenance = provenanceOf(quoted, articles);
  if (provenance.kind === 'caption')
    return quoted.source.credit
      ? `(Photo caption. Photo: ${quoted.source.credit}, ${onWhosePage(provenance.host, quoted.article)}.)`
      : '(Photo caption.)';
  if (provenance.kind === 'own')
    return quoted.source.via ? `(${quoted.source.outlet ?? 'Wire'} story, via ${quoted.source.via}.)` : null;
  const host = provenance.host;
  return host?.outlet && host.title
    ? `(Related story ${provenance.onHost}, ${quotedTitle(host.title)})`
    : `(Related story ${provenance.onHost}.)`;
}

/** Words another article wrote first, reproduced here: "(Quoting John Herbst, “How Kazakhstan …”)". */
export function quotingLine(quoted: Quoted, articles: Articles): string | null {
  if (!quoted.quotes) return null;
  const original = articles[quoted.quotes.article]?.meta;
  if (!original?.title) return `(Quoting ${pageName(quoted.quotes.article, articles)}.)`;
  const who = original.author ?? original.outlet;
  return `(Quoting ${who ? `${who}, ` : ''}${quotedTitle(original.title)})`;
}

/** The date the reference cannot carry: a full date on a page with no outlet, or only an update notice. */
export function dateLine(quoted: Quoted, articles: Articles): string | null {
  const item = cslItemFor(quoted, articles);
  return provenanceOf(quoted, articles).kind !== 'related' && item.note
    ? `(${item.note.replace(/\.$/, '')}.)`
    : null;
}

/** The text "Copy citation" gives: the Chicago author-date reference, the quote, and where it was found. */
export function citationText(reference: string, quoted: Quoted, articles: Articles): string {
  return [
    reference,
    `“${quoted.text}”`,
    dateLine(quoted, articles),
    foundOnLine(quoted, articles),
    quotingLine(quoted, articles),
  ]
    .filter(Boolean)
    .join('\n');
}

/** What "Copy citation" puts on the clipboard: the stored reference needs no formatter. */
export const copyCitationText = (quoted: Referenced, articles: Articles): string =>
  citationText(quoted.reference, quoted, articles);

/** A feature's evidence as CSL-JSON: one item per cited source, each quote with its TextQuoteSelector. */
export async function evidenceCslJson(quotes: readonly Quoted[], articles: Articles): Promise<string> {
  const { cslJson } = await loadCslJson();
  return cslJson(cslItemsFor(quotes, articles));
}
