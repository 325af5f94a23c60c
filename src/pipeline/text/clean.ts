import type { CleanArticle, CleanBlock, DroppedLine } from '../../contract/article.ts';
import {
  AUTHOR_BIO,
  BULLET_PREFIX,
  CAPTION_PREFIX,
  ENDS_AS_SENTENCE,
  LABEL_MAX_WORDS,
  LINE_RULES,
  RELATED_HEADER,
} from './clean-rules.ts';

export interface CleanOptions {
  /** The article's title, when known: its line is reported as the title, not kept as body. */
  title?: string | null;
  /** Whether a related-story blurb speaks of the mission (decided by the matcher). */
  isOnTopic?: (text: string) => boolean;
}

/** Where in the file a bio can stand: author bios sit at the end of a page. */
const BIO_ZONE_START = 0.7;

interface Line {
  number: number;
  text: string;
  /** The line began with a bullet: in a related-stories list, that marks a headline. */
  bulleted: boolean;
}

/**
 * Separates a scraped page into the article's own lines (body, captions, on-topic related blurbs)
 * and everything else, each dropped line with its reason. Every non-blank input line ends up in
 * exactly one of the two lists.
 */
export function cleanArticle(source: string, options: CleanOptions = {}): CleanArticle {
  const isOnTopic = options.isOnTopic ?? (() => false);
  const wantedTitle = options.title ? normalizeForComparison(options.title) : null;
  const lines: Line[] = source.split(/\r\n|\r|\n/).flatMap((text, index) =>
    text.trim() === ''
      ? []
      : [
          {
            number: index + 1,
            text: text.replace(BULLET_PREFIX, '').trim(),
            bulleted: BULLET_PREFIX.test(text),
          },
        ],
  );
  const lastLine = lines.at(-1)?.number ?? 0;

  const blocks: CleanBlock[] = [];
  const dropped: DroppedLine[] = [];
  const firstSeen = new Map<string, CleanBlock | DroppedLine>();
  let firstLine: string | null = null;
  let titleFound = false;
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
    const rule = LINE_RULES.find((candidate) => candidate.test(text));
    if (rule) {
      drop(line, rule.reason);
      continue;
    }
    const key = normalizeForComparison(text);
    const earlier = firstSeen.get(key);
    if (earlier) {
      // A page repeats a line when it prints an image's alt text and its caption: the first copy is the caption.
      if ('section' in earlier && earlier.section === 'body') earlier.section = 'caption';
      drop(line, `duplicate of line ${earlier.line}`);
      continue;
    }
    if (firstLine === null) firstLine = text;
    if (!titleFound && (wantedTitle ? key === wantedTitle : text === firstLine)) {
      titleFound = true;
      drop(line, 'title (shown as the article title)');
      firstSeen.set(key, { line: line.number, text, reason: 'title' });
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
            source: { outlet: null, title: headline.text, author: null, date: null },
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
    if (isLabel(text)) {
      drop(line, 'label without a sentence (heading, section name or name line)');
      continue;
    }
    keep({ line: line.number, section: 'body', text });
  }
  if (pendingHeadline !== null) drop(pendingHeadline, 'off-topic related story (headline without a blurb)');

  dropped.sort((a, b) => a.line - b.line);
  return { blocks, dropped, firstLine };
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
