/**
 * CSL-JSON export with citation-js, which parses each name into family and given (what Zotero and Pandoc
 * read). Loaded on demand by cite.ts. The Chicago references are formatted by the pipeline
 * (contract Excerpt.reference), so the app carries neither a CSL processor nor the style.
 */
import { Cite } from '@citation-js/core';
import type { CslItem } from './csl-item.ts';

/** CSL-JSON for the items, names parsed into family/given by citation-js. */
export function cslJson(items: readonly CslItem[]): string {
  return new Cite(items).format('data', { format: 'text' });
}
