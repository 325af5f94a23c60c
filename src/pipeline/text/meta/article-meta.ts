import type { ArticleMeta, MetaOrigin } from '../../../contract/article.ts';
import { parseStatedDate } from './dates.ts';
import { sameName, type Found, type FoundDate, type PageMeta } from './stated-meta.ts';
import type { SourcesFile } from './sources.ts';

export type SourcesEntry = SourcesFile[string];

/**
 * The article's metadata by precedence: the curator's seeds/sources.json first, then what the page
 * states (found by the page's own finders, in their order), then null. Each value says where it came from.
 */
export function resolveMeta(
  entry: SourcesEntry | undefined,
  page: PageMeta,
): { meta: ArticleMeta; from: MetaOrigin } {
  const curated = (value: string | null | undefined): Found | null =>
    value ? { value, from: 'sources.json' } : null;
  const curatedDate = entry?.date ? curatedDateOf(entry.date) : null;
  const title = curated(entry?.title) ?? page.title;
  const outlet = curated(entry?.outlet) ?? page.outlet;
  const author = curated(entry?.author) ?? page.author;
  const date: FoundDate | null = curatedDate ?? page.date;
  // The host site is named only beside the outlet the page itself credits (a wire on a local site).
  const via =
    page.via && outlet && page.outlet && sameName(outlet.value, page.outlet.value) ? page.via : null;
  const meta: ArticleMeta = {
    outlet: outlet?.value ?? null,
    title: title?.value ?? null,
    author: author?.value ?? null,
    date: date?.iso ?? null,
    dateText: date?.value ?? null,
  };
  const from: MetaOrigin = {
    outlet: outlet?.from ?? null,
    title: title?.from ?? null,
    author: author?.from ?? null,
    date: date?.from ?? null,
  };
  if (via) {
    meta.via = via.value;
    from.via = via.from;
  }
  return { meta, from };
}

/** A curator writes the date as the page states it; its calendar day is read from those words. */
function curatedDateOf(text: string): FoundDate {
  const parsed = parseStatedDate(text);
  return { value: text, iso: parsed?.iso ?? null, from: 'sources.json' };
}
