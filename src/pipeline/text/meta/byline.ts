import { dateStamp, type StatedDate } from './dates.ts';
import { wordCount, type Line } from '../page-lines.ts';

/** What a byline states: who wrote the text, for which outlet, and sometimes when. */
export interface Byline {
  author: string | null;
  outlet: string | null;
  date: StatedDate | null;
}

/** Words that make a name an organisation's rather than a person's. */
const OUTLET_WORD =
  /\b(press|news|times|post|wire|agency|service|network|media|journal|gazette|herald|tribune|radio|tv|daily|weekly|magazine|institute|council|center|centre|foundation|reuters|ap|afp|tass|bbc|cnn|associated|bulletin|review|courier|chronicle|observer|monitor|dispatch|report)\b/i;
const NAME_PARTICLE = /^(and|&|de|da|del|der|van|von|al|bin|la|le|di|du|y)$/i;
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;

/** A person's name, or several joined by commas and "and": capitalised words, no digits, no sentence. */
/** Days and months are capitalised too: "By Thursday" is no byline. */
const CALENDAR_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|now)$/i;

export function isNameList(text: string): boolean {
  const words = text.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12 || /\d|[!?;:]/.test(text)) return false;
  if (words.some((word) => CALENDAR_WORD.test(word))) return false;
  const named = words.filter((word) => NAME_WORD.test(word));
  return named.length >= 1 && words.every((word) => NAME_WORD.test(word) || NAME_PARTICLE.test(word));
}

const isCaps = (word: string) => /\p{Lu}/u.test(word) && word === word.toUpperCase();

/** Splits "NAME, Outlet" and "NAME Outlet" (agency style: the name in capitals) into author and outlet. */
function splitNameAndOutlet(names: string): { author: string | null; outlet: string | null } {
  const comma = names.indexOf(',');
  if (comma !== -1) {
    const after = names.slice(comma + 1).trim();
    const before = names.slice(0, comma).trim();
    if (OUTLET_WORD.test(after) || (before.split(/\s+/).every(isCaps) && !after.split(/\s+/).every(isCaps)))
      return { author: isNameList(before) ? before : null, outlet: after.replace(/[.]$/, '') || null };
  }
  const words = names.split(/\s+/);
  const capsRun = words.findIndex((word) => !isCaps(word) && !NAME_PARTICLE.test(word));
  if (capsRun >= 2 && words.slice(0, capsRun).every(isCaps) && !words.slice(capsRun).some(isCaps))
    return { author: words.slice(0, capsRun).join(' '), outlet: words.slice(capsRun).join(' ') };
  return { author: isNameList(names) ? names : null, outlet: null };
}

const BY = /^[-–—]?\s*(?:written |posted |words |story )?by\b\s*:?\s*(.*)$/i;
const AUTHOR_LABEL = /^(?:authors?|reporter|writer|text)\s*:\s*(.+)$/i;

/** A line that is a byline ("By …", "- BY …, Outlet", "Author: …"), or null. */
export function parseBylineLine(text: string): Byline | null {
  const match = BY.exec(text) ?? AUTHOR_LABEL.exec(text);
  if (!match) return null;
  const [names = '', ...rest] = (match[1] ?? '').split(/\s*[|·•]\s*/);
  const date = rest.map((part) => dateStamp(part)).find((found) => found !== null) ?? null;
  if (names.trim() === '') return date || rest.length ? { author: null, outlet: null, date } : null;
  if (wordCount(names) > 14) return null;
  const { author, outlet } = splitNameAndOutlet(names.trim());
  if (author === null && outlet === null) return null;
  return { author, outlet, date };
}

const REPORTING_BY = /^\(?\s*(?:reporting|writing|reported) by (.+?)(?:\s+in\s+[\p{Lu}][^;]*)?(?:;|\)|$)/iu;

/** "Reporting by A and B in Almaty; Editing by C": the reporters are the authors, editors are not. */
export function parseReportingCredit(text: string): string | null {
  const match = REPORTING_BY.exec(text);
  const names = match?.[1]?.trim();
  return names && isNameList(names) ? names : null;
}

const READING_TIME = /^\W*\d+\s*(min|minute)s?\s+read$/i;
/** "Henrik Solberg in Brussels": a reporter's name and where they filed from. */
const NAME_IN_PLACE = /^(.+?)\s+in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u;

export interface BylineFound extends Byline {
  line: number;
  kind: 'byline' | 'reporting credit';
  /** Other lines that belong to the byline (a name line's reading time). */
  lines: number[];
}

/**
 * The article's byline: a "By …" line above the text, a name line over a reading time or a date stamp,
 * or else the reporters named in a "Reporting by …" credit.
 */
export function detectByline(
  lines: readonly Line[],
  headerEnd: number,
  titleLine: number | null = null,
): BylineFound | null {
  const header = lines.filter((line) => line.number <= headerEnd);
  for (const [index, line] of header.entries()) {
    const byline = parseBylineLine(line.text);
    if (byline && (byline.author || byline.outlet || byline.date))
      return { ...byline, line: line.number, kind: 'byline', lines: [line.number] };
    const next = header[index + 1] ?? lines.find((candidate) => candidate.number > line.number);
    // A name line under the headline ("Henrik Solberg in Brussels") over a reading time or a date stamp.
    const name = NAME_IN_PLACE.exec(line.text)?.[1] ?? line.text;
    const overStamp =
      next !== undefined && titleLine !== null && line.number > titleLine && dateStamp(next.text);
    if (
      next &&
      wordCount(name) >= 2 &&
      wordCount(name) <= 4 &&
      isNameList(name) &&
      !name.includes(',') &&
      !OUTLET_WORD.test(name) &&
      (READING_TIME.test(next.text) || (overStamp && (name !== line.text || wordCount(name) <= 3)))
    )
      return {
        author: name,
        outlet: null,
        date: null,
        line: line.number,
        kind: 'byline',
        lines: [line.number],
      };
  }
  for (const line of lines) {
    const reporters = parseReportingCredit(line.text);
    if (reporters)
      return {
        author: reporters,
        outlet: null,
        date: null,
        line: line.number,
        kind: 'reporting credit',
        lines: [line.number],
      };
  }
  return null;
}
