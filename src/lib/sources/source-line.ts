import type { SourceMeta } from '../../contract/article.ts';
import { outletVia } from './provenance.ts';

/** Outlet (and the site it was read on), title and date for display; "outlet not stated" where the text does not say. */
export function sourceLine(meta: SourceMeta): {
  outlet: string;
  title: string;
  author: string | null;
  date: string | null;
} {
  return {
    // A wire story read on another site: "AP, via prairie-sentinel.example".
    outlet: outletVia(meta),
    title: meta.title ?? 'Untitled',
    author: meta.author,
    date: meta.date,
  };
}
