import type { SourceMeta } from '../../../contract/article.ts';
import { parseBylineLine } from './byline.ts';
import { parseDateline } from './dateline.ts';
import { findStatedDates } from './dates.ts';

/**
 * Who wrote a related story, as its own text states it: the agency in its dateline, a byline or date
 * it carries. Never the host page's author.
 */
export function blurbSource(headline: string, blurb: string): SourceMeta {
  const byline = parseBylineLine(blurb);
  const dateline = parseDateline(blurb);
  // Only a dateline dates the story; a date in its sentences is when something happened.
  const dated = dateline ? findStatedDates(dateline.text)[0] : undefined;
  return {
    outlet: dateline?.outlet ?? byline?.outlet ?? null,
    title: headline,
    author: byline?.author ?? null,
    date: byline?.date?.iso ?? dated?.iso ?? null,
  };
}
