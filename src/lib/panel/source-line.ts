import type { SourceMeta } from '../../contract/article.ts';

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
