import type { FeatureSource, ResolvedFact } from '../../contract/dataset.ts';

/** What the panel says of a fact's claims: only a real disagreement is "Sources differ". */
export const VERDICT_FLAG: Record<ResolvedFact['verdict'], string | null> = {
  differ: 'Sources differ',
  changed: 'Figure changed over time',
  agree: 'Sources agree',
  single: null,
};

const MONTH_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const FULL_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A claim's date for reading: "2022-01-10" → "10 January 2022"; "--01-06" (ISO 8601 without a year, when the
 * text states none) → "6 January", never with a guessed year; anything else as given.
 */
export function formatAsOf(asOf: string): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(asOf);
  if (!match) return asOf;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(year === '-' ? 2000 : Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return asOf;
  return (year === '-' ? MONTH_DAY : FULL_DATE).format(date);
}

/** The feature's sources that no article states: shown apart, as context with their named source. */
export function contextSources(sources: readonly FeatureSource[]): FeatureSource[] {
  return sources.filter((source) => source.context);
}

/**
 * A context entry's line: what the source says and who says it. The pipeline's display line names the
 * source; when it does not carry the outlet, the outlet, title and date are added so none is left out.
 */
export function contextLine(source: FeatureSource): string {
  const named = [source.outlet, source.title && `“${source.title}”`, source.date].filter(Boolean).join(', ');
  if (!named) return source.source;
  if (source.outlet && source.source.includes(source.outlet)) return source.source;
  return source.source ? `${source.source} (${named})` : named;
}

/** A link only for a web address; anything else (a `javascript:` URL in a geo file) is shown as no link. */
export function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
