import { describesPhoto, isCreditedCaption, isNumberedGalleryCaption, isPrefixedCredit } from './captions.ts';
import {
  AUTHOR_BIO,
  CAPTION_PREFIX,
  ENDS_AS_SENTENCE,
  LABEL_MAX_WORDS,
  LINE_RULES,
  RELATED_HEADER,
} from '../clean-rules.ts';
import { blurbSource } from '../meta/blurb-source.ts';
import { creditOf } from '../meta/credits.ts';
import { parseDateline } from '../meta/dateline.ts';
import { foldForComparison } from '../fold.ts';
import type { LabelledLine, LineLabel, PageHeader } from './page-model.ts';
import { wordCount, type Line } from '../page-lines.ts';

export interface LabelOptions {
  /** Lines the page marks as captions (an HTML page's `<figcaption>`). */
  captionLines?: ReadonlySet<number>;
  /** Whether a related-story blurb speaks of the mission (decided by the matcher). */
  isOnTopic?: (text: string) => boolean;
  /** Lines the page marks as its standfirst (an HTML page's summary under the headline). */
  standfirstLines?: ReadonlySet<number>;
}

/** Where in the file a bio can stand: author bios sit at the end of a page. */
const BIO_ZONE_START = 0.7;
/** A related-link headline has at most this many words; a longer line under a headline is its blurb. */
const LINK_MAX_WORDS = 15;
/** A standfirst is a sentence or two; a longer line under the headline is the lead paragraph. */
const STANDFIRST_MAX_WORDS = 70;
/** Line rules whose lines are credits or bylines rather than furniture. */
const RULE_LABELS: Readonly<Record<string, LineLabel>> = { 'photo credit': 'credit', byline: 'byline' };
const CAPTION_MARKER = 'caption marker';
/** Furniture that marks a lead picture (the standfirst stands above it). */
const PICTURE_FURNITURE = /^(image file slug|image placeholder)$/;

/**
 * Labels every non-blank line of a page once: title, byline, date stamp, caption, photo credit,
 * furniture, related story, standfirst or body. Every line gets exactly one label, in page order.
 */
export function labelLines(
  lines: readonly Line[],
  header: PageHeader,
  options: LabelOptions = {},
): LabelledLine[] {
  const isOnTopic = options.isOnTopic ?? (() => false);
  const wantedTitle = header.wantedTitle ? foldForComparison(header.wantedTitle) : null;
  const lastLine = lines.at(-1)?.number ?? 0;
  const labelled: LabelledLine[] = [];
  const firstSeen = new Map<string, LabelledLine>();
  let titleFound = false;
  let bodySeen = false;
  let inRelated = false;
  let pendingHeadline: Line | null = null;
  // "Image caption," stands above the caption it announces.
  let captionAnnounced = false;

  const put = (line: Line, label: LineLabel, reason: string | null, extra: Partial<LabelledLine> = {}) => {
    const entry: LabelledLine = { line, label, reason, ...extra };
    labelled.push(entry);
    return entry;
  };
  const keep = (line: Line, label: LineLabel, extra: Partial<LabelledLine> = {}) =>
    firstSeen.set(foldForComparison(line.text), put(line, label, null, extra));

  for (const line of lines) {
    const text = line.text;
    if (text === '') {
      put(line, 'furniture', 'list bullet without text');
      continue;
    }
    const claim = header.claimed.get(line.number);
    if (claim) {
      put(line, claim.label, claim.reason);
      continue;
    }
    const key = foldForComparison(text);
    if (!titleFound && wantedTitle !== null && key === wantedTitle) {
      titleFound = true;
      firstSeen.set(key, put(line, 'title', 'title (shown as the article title)'));
      continue;
    }
    const earlier = firstSeen.get(key);
    if (earlier) {
      // A page repeats a line when it prints an image's alt text and its caption: keep one, as the caption.
      if (earlier.label === 'body') earlier.label = 'caption';
      put(
        line,
        earlier.label,
        earlier.label === 'title'
          ? `headline repeated (line ${earlier.line.number})`
          : `duplicate of line ${earlier.line.number}`,
      );
      continue;
    }
    const announced = captionAnnounced;
    captionAnnounced = false;
    const rule = LINE_RULES.find((candidate) => candidate.test(text));
    if (rule) {
      captionAnnounced = rule.reason === CAPTION_MARKER;
      const label = RULE_LABELS[rule.reason] ?? 'furniture';
      const credit = label === 'credit' ? creditOf(text) : null;
      put(line, label, rule.reason, credit ? { credit } : {});
      continue;
    }
    if (options.standfirstLines?.has(line.number)) {
      keep(line, 'standfirst');
      continue;
    }
    if (announced || options.captionLines?.has(line.number)) {
      keep(line, 'caption');
      continue;
    }
    if (isPrefixedCredit(text)) {
      const credit = creditOf(text);
      put(line, 'credit', 'photo credit', credit ? { credit } : {});
      continue;
    }
    if (isNumberedGalleryCaption(text) || isCreditedCaption(text) || CAPTION_PREFIX.test(text)) {
      keep(line, 'caption');
      continue;
    }
    if (RELATED_HEADER.test(text)) {
      inRelated = true;
      put(line, 'related', 'related-stories list header');
      continue;
    }
    if (line.number >= BIO_ZONE_START * lastLine && AUTHOR_BIO.test(text)) {
      put(line, 'furniture', 'author bio');
      continue;
    }
    if (inRelated) {
      const headlineLike =
        line.bulleted || (!ENDS_AS_SENTENCE.test(text) && wordCount(text) <= LINK_MAX_WORDS);
      if (pendingHeadline !== null && headlineLike) {
        // Two headlines in a row: a list of links, not stories with their blurbs.
        put(pendingHeadline, 'related', 'related link (headline without a blurb)');
        pendingHeadline = line;
        continue;
      }
      if (pendingHeadline === null && (line.bulleted || !ENDS_AS_SENTENCE.test(text))) {
        pendingHeadline = line;
        continue;
      }
      if (pendingHeadline !== null) {
        const headline = pendingHeadline;
        pendingHeadline = null;
        if (isOnTopic(`${headline.text}\n${text}`)) {
          put(
            headline,
            'related',
            `related-story headline (kept as the heading of its blurb, line ${line.number})`,
          );
          keep(line, 'related', { heading: headline.text, source: blurbSource(headline.text, text) });
        } else {
          put(headline, 'related', 'off-topic related story (headline)');
          put(line, 'related', 'off-topic related story (blurb)');
        }
        continue;
      }
      // Prose with no headline above it: the list has ended.
      inRelated = false;
    }
    if (!bodySeen && describesPhoto(text)) {
      // The first line under a headline that says what a picture shows is the lead picture's caption.
      keep(line, 'caption');
      continue;
    }
    if (isLabel(text)) {
      put(line, 'furniture', 'label without a sentence (heading, section name or name line)');
      continue;
    }
    bodySeen = true;
    const dateline = parseDateline(text);
    keep(line, 'body', dateline ? { dateline } : {});
  }
  if (pendingHeadline !== null) put(pendingHeadline, 'related', 'related link (headline without a blurb)');

  labelled.sort((a, b) => a.line.number - b.line.number);
  markCaptionsAboveCredits(labelled);
  markStandfirst(labelled);
  attachCredits(labelled);
  return labelled;
}

function isLabel(text: string): boolean {
  return !ENDS_AS_SENTENCE.test(text) && text.split(/\s+/).length <= LABEL_MAX_WORDS;
}

const isKeptBody = (entry: LabelledLine | undefined) => entry?.label === 'body' && entry.reason === null;

/**
 * The standfirst: the first prose under the headline, above the byline or date stamp, or above the
 * lead picture (its caption, credit or image slug) that comes before the body. A wire lead (dateline) is body.
 */
function markStandfirst(labelled: LabelledLine[]): void {
  const title = labelled.findIndex((entry) => entry.label === 'title');
  if (title === -1) return;
  const first = labelled.findIndex((entry, index) => index > title && isKeptBody(entry));
  if (first === -1) return;
  const between = labelled.slice(title + 1, first);
  if (between.some((entry) => entry.label === 'byline' || entry.label === 'meta')) return;
  const candidate = labelled[first]!;
  if (candidate.dateline || wordCount(candidate.line.text) > STANDFIRST_MAX_WORDS) return;
  const next = labelled.findIndex((entry, index) => index > first && isKeptBody(entry));
  if (next === -1) return;
  const marks = labelled
    .slice(first + 1, next)
    .some(
      (entry) =>
        entry.label === 'byline' ||
        entry.label === 'meta' ||
        entry.label === 'credit' ||
        entry.label === 'caption' ||
        PICTURE_FURNITURE.test(entry.reason ?? ''),
    );
  if (marks) candidate.label = 'standfirst';
}

/** A line that says what a picture shows, with a photo credit line right under it, is that picture's caption. */
function markCaptionsAboveCredits(labelled: LabelledLine[]): void {
  labelled.forEach((entry, index) => {
    if (isKeptBody(entry) && labelled[index + 1]?.label === 'credit' && describesPhoto(entry.line.text))
      entry.label = 'caption';
  });
}

/**
 * A caption carries the credit it states, else the credit line right under it, else the one right
 * above it (a credit line belongs to one caption).
 */
function attachCredits(labelled: LabelledLine[]): void {
  for (const entry of labelled) {
    if (entry.label !== 'caption' || entry.reason !== null) continue;
    const credit = creditOf(entry.line.text);
    if (credit) entry.credit = credit;
  }
  // A caption marker between a credit and its caption ("Image source, …", "Image caption,") is passed over.
  const near = labelled.filter((entry) => entry.reason !== CAPTION_MARKER);
  const pageCredits: string[] = [];
  near.forEach((entry, index) => {
    if (entry.label !== 'credit' || !entry.credit) return;
    const before = near[index - 1];
    const after = near[index + 1];
    const open = (candidate: LabelledLine | undefined) =>
      candidate?.label === 'caption' && candidate.reason === null && candidate.credit === undefined;
    if (open(before)) before!.credit = entry.credit;
    else if (open(after)) after!.credit = entry.credit;
    else if (!labelled.slice(0, labelled.indexOf(entry)).some(isKeptBody)) pageCredits.push(entry.credit);
  });
  // One credit line in the header that no caption stands beside ("Photographs by …") credits every picture.
  const [pageCredit] = pageCredits;
  if (pageCredit === undefined || pageCredits.length > 1) return;
  for (const entry of labelled)
    if (entry.label === 'caption' && entry.reason === null && entry.credit === undefined)
      entry.credit = pageCredit;
}
