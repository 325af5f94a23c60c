import type { FeatureSource } from '../../contract/dataset.ts';
import type { Citation } from './geo-schema.ts';

/** A geo file's citation as the app shows it: the structured fields, and one line for display. */
export function toFeatureSource(citation: Citation): FeatureSource {
  const outlet = citation.outlet ?? null;
  const title = citation.title ?? null;
  const date = citation.date ?? null;
  const named = [outlet, title && `"${title}"`, date].filter(Boolean).join(', ');
  const line = [citation.source, named].filter(Boolean).join(' ');
  return {
    what: citation.what,
    source: line,
    outlet,
    title,
    date,
    url: citation.url ?? null,
    context: citation.context,
  };
}
