import { dateStamp, isRelativeTime } from './dates.ts';
import { isProse, wordCount, type Line } from '../page-lines.ts';
import { isFurniture, isHeaderFurniture, RELATED_HEADER } from '../clean-rules.ts';
import { parseBylineLine } from './byline.ts';
import { isOrganisationName } from './organisation.ts';

export interface TitleResult {
  title: { text: string; line: number } | null;
  /** Why there is no title, for the report. */
  note: string | null;
}

/**
 * A headline has at least this many words: shorter lines above the text are names of sites and
 * sections. A line one word shorter is a headline when it is a phrase, not a name ("Prices and
 * protests", not "The Evening Ledger").
 */
export const TITLE_MIN_WORDS = 4;
const TITLE_MAX_CHARS = 220;
/** With no paragraph to stop at, the headline is looked for among this many first lines. */
const HEADER_LINES = 15;

/**
 * The page's headline: the first line above the text that reads as a headline. Mastheads, logos,
 * menus, URLs, section names, bylines and date stamps are passed over; a paragraph of sentences is
 * never a headline, so a page that starts with its lead paragraph has no title (and the note says so).
 */
export function detectTitle(lines: readonly Line[]): TitleResult {
  // The headline stands above the text, and above any list of other stories.
  const end = lines.findIndex((line) => isProse(line.text) || RELATED_HEADER.test(line.text));
  const zone = end === -1 ? lines.slice(0, HEADER_LINES) : lines.slice(0, end);
  // The headline stands right above its byline or date stamp: with one, the nearest headline above it wins
  // (a slogan under the masthead is passed over); without one, the first.
  const anchor = zone.findIndex(
    (line) => parseBylineLine(line.text) !== null || dateStamp(line.text) !== null,
  );
  const candidates = (anchor === -1 ? zone : zone.slice(0, anchor)).filter((line) => isHeadline(line.text));
  const headline =
    anchor === -1 ? candidates[0] : (candidates.at(-1) ?? zone.find((line) => isHeadline(line.text)));
  if (headline) return { title: { text: headline.text, line: headline.number }, note: null };
  const first = lines[0];
  const note =
    first && end === 0 && !RELATED_HEADER.test(first.text)
      ? `no headline: line ${first.number} is a paragraph of sentences, kept as text`
      : 'no headline found above the text';
  return { title: null, note };
}

export function isHeadline(text: string): boolean {
  const words = wordCount(text);
  return (
    (words >= TITLE_MIN_WORDS || (words === TITLE_MIN_WORDS - 1 && isPhraseNotName(text))) &&
    text.length <= TITLE_MAX_CHARS &&
    !isProse(text) &&
    // A headline does not end with a full stop; a sentence does.
    !/[^.]\.["'”’)]*$/u.test(text) &&
    !isFurniture(text) &&
    !isHeaderFurniture(text) &&
    !isRelativeTime(text) &&
    dateStamp(text) === null &&
    !isOrganisationName(text) &&
    parseBylineLine(text) === null
  );
}

/** A phrase has a lower-case word that is not a particle; a name is capitalised throughout. */
function isPhraseNotName(text: string): boolean {
  return text
    .split(/\s+/)
    .some(
      (word) =>
        /^\p{Ll}/u.test(word) && !/^(of|the|and|for|to|in|on|at|a|an|by|de|la|le|von|van)$/.test(word),
    );
}
