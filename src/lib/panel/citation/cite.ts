import type { ArticleSummary } from '../../../contract/dataset.ts';
import type { SourceRef } from '../../../contract/article.ts';
import { pageName, provenanceOf, type QuotedText } from '../provenance.ts';
import { cslItemFor, cslItemsFor } from './csl-item.ts';
import type { QuoteSelector } from './selector.ts';

type Quoted = QuotedText & { selector?: QuoteSelector | undefined; quotes?: SourceRef | null };
type Articles = Readonly<Record<string, ArticleSummary>>;

/** citation-js and the style load on the first citation, not with the app. */
const loadFormatter = () => import('./format.ts');

/** Starts loading the formatter (a pointer over, or focus on, a citation button), so the copy is quick. */
export function preloadFormatter(): void {
  loadFormatter().catch(() => {
    // A failed preload is retried by the click, which reports the failure.
  });
}

/**
 * What the reference alone does not say: a related story is cited under its own outlet and headline, so
 * the page it was found on follows; a caption is cited under its page, so it is marked as a caption.
 */
export function foundOnLine(quoted: Quoted, articles: Articles): string | null {
  const provenance = provenanceOf(quoted, articles);
  if (provenance.kind === 'caption') return '(Photo caption.)';
  if (provenance.kind !== 'related') return null;
  const host = provenance.host;
  const hostTitle = host?.outlet && host.title ? `, “${host.title}”` : '';
  return `(Related story ${provenance.onHost}${hostTitle}.)`;
}

/** Words another article wrote first, reproduced here: the original is named after the quote. */
export function quotingLine(quoted: Quoted, articles: Articles): string | null {
  return quoted.quotes ? `(Quoting ${pageName(quoted.quotes.article, articles)}.)` : null;
}

/** The text "Copy citation" gives: the Chicago author-date reference, the quote, and where it was found. */
export function citationText(reference: string, quoted: Quoted, articles: Articles): string {
  return [reference, `“${quoted.text}”`, foundOnLine(quoted, articles), quotingLine(quoted, articles)]
    .filter(Boolean)
    .join('\n');
}

export async function copyCitationText(quoted: Quoted, articles: Articles): Promise<string> {
  const { chicagoReference } = await loadFormatter();
  return citationText(chicagoReference(cslItemFor(quoted, articles)), quoted, articles);
}

/** A feature's evidence as CSL-JSON: one item per cited source, each quote with its TextQuoteSelector. */
export async function evidenceCslJson(quotes: readonly Quoted[], articles: Articles): Promise<string> {
  const { cslJson } = await loadFormatter();
  return cslJson(cslItemsFor(quotes, articles));
}
