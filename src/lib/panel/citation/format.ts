/**
 * Citation formatting with citation-js and the Chicago author-date CSL style. Loaded on demand (dynamic
 * import) by cite.ts: neither the library nor the style is in the first load.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import chicagoAuthorDate from './chicago-author-date.csl?raw';
import type { CslItem } from './csl-item.ts';
import { capitalizeParticles } from './phrasal.ts';

export const CHICAGO = 'chicago-author-date';

const styles = plugins.config.get('@csl').styles;
if (!styles.has(CHICAGO)) styles.add(CHICAGO, chicagoAuthorDate);

/** The Chicago author-date reference-list entry for one source, as plain text. */
export function chicagoReference(item: CslItem): string {
  // Title case for the reference only ("Put Down"); the CSL-JSON export keeps the title as stated.
  const titled = item.title ? { ...item, title: capitalizeParticles(item.title) } : item;
  return new Cite(titled).format('bibliography', { format: 'text', template: CHICAGO, lang: 'en-US' }).trim();
}

/** CSL-JSON for the items, names parsed into family/given by citation-js (what Zotero and Pandoc read). */
export function cslJson(items: readonly CslItem[]): string {
  return new Cite(items).format('data', { format: 'text' });
}
