import { detectByline, isNameList } from './byline.ts';
import { AUTHOR_BIO, isFurniture, RELATED_HEADER } from './clean-rules.ts';
import { isOrganisationName } from './organisation.ts';
import { parseDateline } from './dateline.ts';
import { dateStamp, isRelativeTime } from './dates.ts';
import { isProse, wordCount, type Line } from './page-lines.ts';
import type { Found, FoundDate, PageMeta } from './stated-meta.ts';
import { detectTitle } from './title.ts';

/** How many lines after the headline zone a byline or date stamp may still stand. */
const HEADER_SLACK = 3;
/** The dateline of the article's own text opens one of its first paragraphs. */
const DATELINE_PARAGRAPHS = 2;

const SOURCE_LINE = /^(?:source|via|originally published (?:by|in|at|on)|published by)\s*:?\s*(.+?)\.?$/i;
const COPYRIGHT =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([^.,|©]+?)(?:\s+\d{4})?\s*(?:[.,|].*)?$/i;

/** A copyright holder's name is at most this long; a longer line is a sentence about rights. */
const COPYRIGHT_HOLDER_WORDS = 10;

/** Where a page's footer begins, as a share of its lines. */
const FOOTER_START = 0.7;
/** Picture agencies hold the copyright of photographs, not of the article. */
const PHOTO_AGENCY = /\b(getty|shutterstock|alamy|istock|epa|picture alliance|imago|sipa)\b/i;

const at = (line: Line) => `line ${line.number}`;

/**
 * What a text page states about itself: its headline, byline, dateline, date stamp, source line and
 * copyright holder, each with its line. Lines that carry only metadata are claimed, so the cleaner
 * reports them with what they gave.
 */
export function detectTextMeta(lines: readonly Line[]): PageMeta {
  const claimed = new Map<number, string>();
  const notes: string[] = [];
  const titleResult = detectTitle(lines);
  if (titleResult.note) notes.push(titleResult.note);
  const title: Found | null = titleResult.title
    ? { value: titleResult.title.text, from: `line ${titleResult.title.line}` }
    : null;

  const firstProse = lines.find((line) => isProse(line.text));
  const proseIndex = firstProse ? lines.indexOf(firstProse) : Math.min(lines.length, 15);
  const headerEnd = (lines[proseIndex + HEADER_SLACK] ?? lines.at(-1))?.number ?? 0;

  let author: Found | null = null;
  let outlet: Found | null = null;
  let date: FoundDate | null = null;

  const byline = detectByline(lines, headerEnd);
  if (byline) {
    const from = `line ${byline.line}`;
    if (byline.author) author = { value: byline.author, from: `${from} (byline)` };
    if (byline.outlet) outlet = { value: byline.outlet, from: `${from} (byline)` };
    if (byline.date) date = { value: byline.date.text, iso: byline.date.iso, from: `${from} (byline)` };
    const gave = [byline.author && `author ${byline.author}`, byline.outlet, byline.date?.text]
      .filter(Boolean)
      .join(', ');
    for (const number of byline.lines) claimed.set(number, `${byline.kind}${gave ? ` (${gave})` : ''}`);
  }

  if (!author) {
    // With no byline, the author bio at the end of the page names the writer ("X is a senior fellow…").
    const footer = lines.slice(Math.floor(lines.length * FOOTER_START));
    const bio = footer.find((line) => AUTHOR_BIO.test(line.text));
    const name = bio?.text.split(/ is (?:a|an|the)\b/)[0];
    if (bio && name && isNameList(name)) author = { value: name, from: `${at(bio)} (author bio)` };
  }

  const header = lines.filter((line) => line.number <= headerEnd && !claimed.has(line.number));
  const stamps = header.flatMap((line) => {
    const stamp = dateStamp(line.text);
    return stamp ? [{ line, stamp }] : [];
  });
  const published = stamps.find(({ stamp }) => !stamp.updated) ?? stamps[0];
  for (const { line, stamp } of stamps)
    claimed.set(line.number, `${stamp.updated ? 'update' : 'publication'} date stamp (${stamp.text})`);
  if (!date && published)
    date = { value: published.stamp.text, iso: published.stamp.iso, from: at(published.line) };
  if (!date && header.some((line) => isRelativeTime(line.text)))
    notes.push('the page gives only a relative time ("… ago"), which is no date');

  outlet ??= datelineOutlet(lines);
  for (const line of header) {
    const source = SOURCE_LINE.exec(line.text);
    const name = source?.[1]?.trim();
    if (name && wordCount(name) <= 6 && !/^(https?:|www\.)/i.test(name) && !isProse(line.text)) {
      claimed.set(line.number, `source line (${name})`);
      outlet ??= { value: name, from: at(line) };
    }
  }
  if (!outlet && titleResult.title) {
    // A masthead: an organisation's name above the headline.
    const titleLine = titleResult.title.line;
    // It is the page's first line of text (a section name such as "World News" comes after it).
    const masthead = lines.find((line) => !isFurniture(line.text));
    if (masthead && masthead.number < titleLine && isOrganisationName(masthead.text))
      outlet = { value: masthead.text, from: `${at(masthead)} (masthead)` };
  }
  if (!outlet) {
    // The site's copyright stands in its footer; one beside a picture is the photographer's.
    const footer = lines.slice(Math.floor(lines.length * FOOTER_START));
    for (const line of footer) {
      const holder = COPYRIGHT.exec(line.text)?.[1]?.trim();
      if (
        holder &&
        /^\p{Lu}/u.test(holder) &&
        (!/^\(c\)/i.test(line.text) || /\d{4}/.test(line.text)) &&
        wordCount(holder) <= COPYRIGHT_HOLDER_WORDS &&
        !/\//.test(holder) &&
        !PHOTO_AGENCY.test(holder)
      ) {
        outlet = { value: holder, from: `${at(line)} (copyright)` };
        break;
      }
    }
  }
  return { title, outlet, author, date, claimed, notes };
}

/** The agency in the dateline of one of the article's first paragraphs ("MOSCOW (AP) —" → AP). */
function datelineOutlet(lines: readonly Line[]): Found | null {
  let seen = 0;
  for (const line of lines) {
    if (RELATED_HEADER.test(line.text)) return null;
    if (!isProse(line.text)) continue;
    const dateline = parseDateline(line.text);
    if (dateline?.outlet) return { value: dateline.outlet, from: `${at(line)} (dateline)` };
    seen += 1;
    if (seen >= DATELINE_PARAGRAPHS) return null;
  }
  return null;
}
