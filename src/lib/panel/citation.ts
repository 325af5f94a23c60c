import type { SourceMeta } from '../../contract/article.ts';

/** "Outlet, “Title”, Author, Date: “quote”" with only what the article states; nothing invented. */
export function formatCitation(meta: SourceMeta, quote: string): string {
  const parts = [meta.outlet, meta.title ? `“${meta.title}”` : null, meta.author, meta.date].filter(
    (part): part is string => part !== null && part !== '',
  );
  const source = parts.length ? parts.join(', ') : 'Unattributed article';
  return `${source}: “${quote}”`;
}

/** Outlet, title and date for display; "outlet not stated" where the text does not say. */
export function sourceLine(meta: SourceMeta): {
  outlet: string;
  title: string;
  author: string | null;
  date: string | null;
} {
  return {
    outlet: meta.outlet ?? 'Outlet not stated',
    title: meta.title ?? 'Untitled',
    author: meta.author,
    date: meta.date,
  };
}
