import type { Excerpt } from './article.ts';

/**
 * A key that is the same for two texts exactly when the same source wrote them on the same page: a
 * page's own text (body, standfirst, captions) by the page; a related story on it by its own outlet
 * and headline. The build counts a feature's excerpts by it (FeatureHead.sourceCounts) and the panel
 * groups by it, so both must read it alike. Imports only the contract.
 */
export function sourceKey(quoted: Pick<Excerpt, 'article' | 'section' | 'source'>): string {
  return quoted.section === 'related'
    ? `${quoted.article}~related~${quoted.source.outlet ?? ''}~${quoted.source.title ?? ''}`
    : quoted.article;
}
