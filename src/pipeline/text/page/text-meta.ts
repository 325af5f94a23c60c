import { isNameList } from '../meta/byline.ts';
import { AUTHOR_BIO, isFurniture } from '../clean-rules.ts';
import { isRelativeTime } from '../meta/dates.ts';
import { mastheadName } from '../meta/masthead.ts';
import { wordCount, type Line } from '../page-lines.ts';
import type { LabelledLine, PageModel } from './page-model.ts';
import { sameOutlet, type Found, type FoundDate, type PageMeta } from '../meta/stated-meta.ts';

/** The dateline of the article's own text opens one of its first body paragraphs. */
const DATELINE_PARAGRAPHS = 2;

const COPYRIGHT =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([^.,|©]+?)(?:\s+\d{4})?\s*(?:[.,|].*)?$/i;
/** A copyright holder's name is at most this long; a longer line is a sentence about rights. */
const COPYRIGHT_HOLDER_WORDS = 10;
/** Where a page's footer begins, as a share of its lines. */
const FOOTER_START = 0.7;
/** Picture agencies hold the copyright of photographs, not of the article. */
const PHOTO_AGENCY = /\b(getty|shutterstock|alamy|istock|epa|picture alliance|imago|sipa)\b/i;
const URL_LINE = /^(?:https?:\/\/|www\.)([^/\s]+)/i;

const at = (line: Line) => `line ${line.number}`;

/**
 * What a text page states about itself, read from its labelled lines: the headline, the byline, the
 * date stamp, who wrote the text (a byline's or a wire dateline's agency, a source line) and the site
 * that carries it (masthead, footer copyright, the page's address). A wire story on a site's page is
 * the wire's, `via` the site.
 */
export function detectTextMeta(model: PageModel): PageMeta {
  const { header } = model;
  const lines = model.lines.map((entry) => entry.line);
  const notes: string[] = [];
  if (header.title.note) notes.push(header.title.note);
  const title: Found | null = header.title.title
    ? { value: header.title.title.text, from: `line ${header.title.title.line}` }
    : null;

  let author: Found | null = null;
  let agency: Found | null = null;
  let date: FoundDate | null = null;
  const { byline } = header;
  if (byline) {
    const from = `line ${byline.line} (byline)`;
    if (byline.author) author = { value: byline.author, from };
    if (byline.outlet) agency = { value: byline.outlet, from };
    if (byline.date) date = { value: byline.date.text, iso: byline.date.iso, from };
  }
  author ??= bioAuthor(lines);

  const published = header.stamps.find(({ stamp }) => !stamp.updated) ?? header.stamps[0];
  if (!date && published)
    date = { value: published.stamp.text, iso: published.stamp.iso, from: at(published.line) };
  const headerLines = lines.filter((line) => line.number <= header.headerEnd);
  if (!date && headerLines.some((line) => isRelativeTime(line.text)))
    notes.push('the page gives only a relative time ("… ago"), which is no date');

  agency ??= datelineAgency(model.lines);
  const source = header.sources[0];
  const stated = agency ?? (source ? { value: source.name, from: at(source.line) } : null);
  const site = masthead(lines, header.title.title?.line ?? null) ?? copyrightHolder(lines);
  const outlet = stated ?? site;
  const host = site ?? pageHost(headerLines);
  const via = stated && host && !sameOutlet(stated.value, host.value) ? host : null;
  const claimed = new Map([...header.claimed].map(([number, claim]) => [number, claim.reason]));
  return { title, outlet, author, date, via, claimed, notes };
}

/** With no byline, the author bio at the end of the page names the writer ("X is a senior fellow…"). */
function bioAuthor(lines: readonly Line[]): Found | null {
  const footer = lines.slice(Math.floor(lines.length * FOOTER_START));
  const bio = footer.find((line) => AUTHOR_BIO.test(line.text));
  const name = bio?.text.split(/ is (?:a|an|the)\b/)[0];
  return bio && name && isNameList(name) ? { value: name, from: `${at(bio)} (author bio)` } : null;
}

/** The agency in the dateline of one of the article's first body paragraphs ("MOSCOW (AP) —" → AP). */
function datelineAgency(labelled: readonly LabelledLine[]): Found | null {
  const body = labelled.filter((entry) => entry.label === 'body' && entry.reason === null);
  for (const entry of body.slice(0, DATELINE_PARAGRAPHS))
    if (entry.dateline?.outlet) return { value: entry.dateline.outlet, from: `${at(entry.line)} (dateline)` };
  return null;
}

/** A masthead: an organisation's name (a slogan glued to it aside) as the page's first line, above the headline. */
function masthead(lines: readonly Line[], titleLine: number | null): Found | null {
  if (titleLine === null) return null;
  // It is the page's first line of text (a section name such as "World News" comes after it).
  const first = lines.find((line) => !isFurniture(line.text));
  const name = first && first.number < titleLine ? mastheadName(first.text) : null;
  return first && name ? { value: name, from: `${at(first)} (masthead)` } : null;
}

/** The site's copyright stands in its footer; one beside a picture is the photographer's. */
function copyrightHolder(lines: readonly Line[]): Found | null {
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
    )
      return { value: holder, from: `${at(line)} (copyright)` };
  }
  return null;
}

/** The host of the page's own address printed in its header ("www.example.org/…" → example.org). */
function pageHost(header: readonly Line[]): Found | null {
  for (const line of header) {
    const host = URL_LINE.exec(line.text)?.[1]?.replace(/^www\./i, '');
    if (host) return { value: host, from: `${at(line)} (address)` };
  }
  return null;
}
