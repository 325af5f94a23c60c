import type { CleanArticle, CleanBlock, DroppedLine, SourceMeta } from '../../contract/article.ts';
import { parseBylineLine } from './byline.ts';
import { describesPhoto, isCreditedCaption, isNumberedGalleryCaption, isPrefixedCredit } from './captions.ts';
import { parseDateline } from './dateline.ts';
import { findStatedDates } from './dates.ts';
import { toLines, wordCount, type Line } from './page-lines.ts';
import { detectTitle } from './title.ts';
import {
  AUTHOR_BIO,
  CAPTION_PREFIX,
  ENDS_AS_SENTENCE,
  LABEL_MAX_WORDS,
  LINE_RULES,
  RELATED_HEADER,
} from './clean-rules.ts';

export interface CleanOptions {
  /**
   * The article's title: its line is reported as the title, not kept as body. When not given, the
   * headline is detected; null means the page has none.
   */
  title?: string | null;
  /** Lines that carry the page's metadata (byline, date stamp), with the reason to report. */
  claimed?: ReadonlyMap<number, string>;
  /** Lines the page marks as captions (an HTML page's `<figcaption>`). */
  captionLines?: ReadonlySet<number>;
  /** Whether a related-story blurb speaks of the mission (decided by the matcher). */
  isOnTopic?: (text: string) => boolean;
}

/** Where in the file a bio can stand: author bios sit at the end of a page. */
const BIO_ZONE_START = 0.7;

/** A related-link headline has at most this many words; a longer line under a headline is its blurb. */
const LINK_MAX_WORDS = 15;

/**
 * Separates a scraped page into the article's own lines (body, captions, on-topic related blurbs)
 * and everything else, each dropped line with its reason. Every non-blank input line ends up in
 * exactly one of the two lists.
 */
export function cleanArticle(source: string, options: CleanOptions = {}): CleanArticle {
  const isOnTopic = options.isOnTopic ?? (() => false);
  const lines = toLines(source);
  const title = options.title === undefined ? (detectTitle(lines).title?.text ?? null) : options.title;
  const wantedTitle = title ? normalizeForComparison(title) : null;
  const claimed = options.claimed ?? new Map<number, string>();
  const lastLine = lines.at(-1)?.number ?? 0;

  const blocks: CleanBlock[] = [];
  const dropped: DroppedLine[] = [];
  const firstSeen = new Map<string, CleanBlock | DroppedLine>();
  let titleFound = false;
  let bodySeen = false;
  let inRelated = false;
  let pendingHeadline: Line | null = null;

  const drop = (line: Line, reason: string) => dropped.push({ line: line.number, text: line.text, reason });
  const keep = (block: CleanBlock) => {
    blocks.push(block);
    firstSeen.set(normalizeForComparison(block.text), block);
  };

  for (const line of lines) {
    const text = line.text;
    if (text === '') {
      drop(line, 'list bullet without text');
      continue;
    }
    const metadata = claimed.get(line.number);
    if (metadata) {
      drop(line, metadata);
      continue;
    }
    const key = normalizeForComparison(text);
    if (!titleFound && wantedTitle !== null && key === wantedTitle) {
      titleFound = true;
      drop(line, 'title (shown as the article title)');
      firstSeen.set(key, { line: line.number, text, reason: 'title' });
      continue;
    }
    const earlier = firstSeen.get(key);
    if (earlier) {
      // A page repeats a line when it prints an image's alt text and its caption: the first copy is the caption.
      if ('section' in earlier && earlier.section === 'body') earlier.section = 'caption';
      drop(
        line,
        'section' in earlier
          ? `duplicate of line ${earlier.line}`
          : `headline repeated (line ${earlier.line})`,
      );
      continue;
    }
    const rule = LINE_RULES.find((candidate) => candidate.test(text));
    if (rule) {
      drop(line, rule.reason);
      continue;
    }
    if (options.captionLines?.has(line.number)) {
      keep({ line: line.number, section: 'caption', text });
      continue;
    }
    if (isPrefixedCredit(text)) {
      drop(line, 'photo credit');
      continue;
    }
    if (isNumberedGalleryCaption(text) || isCreditedCaption(text)) {
      keep({ line: line.number, section: 'caption', text });
      continue;
    }
    if (CAPTION_PREFIX.test(text)) {
      keep({ line: line.number, section: 'caption', text });
      continue;
    }
    if (RELATED_HEADER.test(text)) {
      inRelated = true;
      drop(line, 'related-stories list header');
      continue;
    }
    if (line.number >= BIO_ZONE_START * lastLine && AUTHOR_BIO.test(text)) {
      drop(line, 'author bio');
      continue;
    }
    if (inRelated) {
      const headlineLike =
        line.bulleted || (!ENDS_AS_SENTENCE.test(text) && wordCount(text) <= LINK_MAX_WORDS);
      if (pendingHeadline !== null && headlineLike) {
        // Two headlines in a row: a list of links, not stories with their blurbs.
        drop(pendingHeadline, 'related link (headline without a blurb)');
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
          drop(headline, `related-story headline (kept as the heading of its blurb, line ${line.number})`);
          keep({
            line: line.number,
            section: 'related',
            text,
            heading: headline.text,
            source: blurbSource(headline.text, text),
          });
        } else {
          drop(headline, 'off-topic related story (headline)');
          drop(line, 'off-topic related story (blurb)');
        }
        continue;
      }
      // Prose with no headline above it: the list has ended.
      inRelated = false;
    }
    if (!bodySeen && describesPhoto(text)) {
      // The first line under a headline that says what a picture shows is the lead picture's caption.
      keep({ line: line.number, section: 'caption', text });
      continue;
    }
    if (isLabel(text)) {
      drop(line, 'label without a sentence (heading, section name or name line)');
      continue;
    }
    bodySeen = true;
    keep({ line: line.number, section: 'body', text });
  }
  if (pendingHeadline !== null) drop(pendingHeadline, 'related link (headline without a blurb)');

  dropped.sort((a, b) => a.line - b.line);
  return { blocks, dropped, firstLine: title };
}

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

function isLabel(text: string): boolean {
  return !ENDS_AS_SENTENCE.test(text) && text.split(/\s+/).length <= LABEL_MAX_WORDS;
}

/** Compares lines the way a reader would: case, quotes, dashes and spacing do not matter. */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
