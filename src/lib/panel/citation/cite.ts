import type { ArticleSummary } from '../../../contract/dataset.ts';
import { onPage, provenanceOf, type QuotedText } from '../provenance.ts';
import { cslItemFor, cslItemsFor } from './csl-item.ts';
import type { QuoteSelector } from './selector.ts';

type Quoted = QuotedText & { selector?: QuoteSelector | undefined };
type Articles = Readonly<Record<string, ArticleSummary>>;

/** citation-js and the style load on the first citation, not with the app. */
const loadFormatter = () => import('./format.ts');

/** Where a quote was found, when that is not the writer's own article (said after the quote). */
export function foundOnLine(quoted: Quoted, articles: Articles): string | null {
  const provenance = provenanceOf(quoted, articles);
  if (provenance.kind === 'own') return null;
  const what = provenance.kind === 'related' ? 'Related story' : 'Photo caption';
  const hostTitle = provenance.host?.title ? `, “${provenance.host.title}”` : '';
  return `${what} ${onPage(provenance.hostName)}${hostTitle}.`;
}

/** The text "Copy citation" gives: the Chicago author-date reference, the quote, and where it was found. */
export function citationText(reference: string, quoted: Quoted, articles: Articles): string {
  return [reference, `“${quoted.text}”`, foundOnLine(quoted, articles)].filter(Boolean).join('\n');
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
