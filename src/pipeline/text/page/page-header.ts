import { detectByline } from '../meta/byline.ts';
import { isCaptionLike } from './captions.ts';
import { dateStamp } from '../meta/dates.ts';
import type { PageHeader } from './page-model.ts';
import { isProse, wordCount, type Line } from '../page-lines.ts';
import { detectTitle } from '../meta/title.ts';

/** How many lines after the first body paragraph a byline or date stamp may still stand. */
const HEADER_SLACK = 3;
/** With no paragraph to stop at, the header is this many first lines. */
const HEADER_LINES = 15;

const SOURCE_LINE = /^(?:source|via|originally published (?:by|in|at|on)|published by)\s*:?\s*(.+?)\.?$/i;

/**
 * The first line of the article's own prose: a paragraph of sentences that is not a caption and is
 * not printed twice (a caption repeated above the byline is no lead paragraph).
 */
export function firstBodyIndex(lines: readonly Line[]): number {
  const seen = new Map<string, number>();
  for (const line of lines) seen.set(line.text, (seen.get(line.text) ?? 0) + 1);
  return lines.findIndex(
    (line) => isProse(line.text) && !isCaptionLike(line.text) && (seen.get(line.text) ?? 0) < 2,
  );
}

/**
 * The page's header read once: its headline, byline, date stamps and source lines, and the lines
 * that carry only those (claimed, so the labeller reports them with what they gave).
 */
export function readHeader(lines: readonly Line[], title?: string | null): PageHeader {
  const detected = detectTitle(lines);
  const wantedTitle = title === undefined ? (detected.title?.text ?? null) : title;
  const bodyIndex = firstBodyIndex(lines);
  const proseIndex = bodyIndex === -1 ? Math.min(lines.length, HEADER_LINES) : bodyIndex;
  const headerEnd = (lines[proseIndex + HEADER_SLACK] ?? lines.at(-1))?.number ?? 0;
  const claimed: PageHeader['claimed'] = new Map();

  const byline = detectByline(lines, headerEnd, detected.title?.line ?? null);
  if (byline) {
    const gave = [byline.author && `author ${byline.author}`, byline.outlet, byline.date?.text]
      .filter(Boolean)
      .join(', ');
    for (const number of byline.lines)
      claimed.set(number, { label: 'byline', reason: `${byline.kind}${gave ? ` (${gave})` : ''}` });
  }

  const header = lines.filter((line) => line.number <= headerEnd && !claimed.has(line.number));
  const stamps = header.flatMap((line) => {
    const stamp = dateStamp(line.text);
    return stamp ? [{ line, stamp }] : [];
  });
  for (const { line, stamp } of stamps)
    claimed.set(line.number, {
      label: 'meta',
      reason: `${stamp.updated ? 'update' : 'publication'} date stamp (${stamp.text})`,
    });

  const sources = header.flatMap((line) => {
    const name = SOURCE_LINE.exec(line.text)?.[1]?.trim();
    return name && wordCount(name) <= 6 && !/^(https?:|www\.)/i.test(name) && !isProse(line.text)
      ? [{ line, name }]
      : [];
  });
  for (const { line, name } of sources)
    claimed.set(line.number, { label: 'meta', reason: `source line (${name})` });

  return { title: detected, wantedTitle, byline, stamps, sources, claimed, headerEnd };
}
