import type { CleanArticle, CleanBlock, DroppedLine } from '../../../contract/article.ts';
import type { PageModel } from './page-model.ts';
import { readPage, type ReadPageOptions } from './read-page.ts';

export type CleanOptions = ReadPageOptions;

/**
 * The article's own lines (body, standfirst, captions, on-topic related blurbs) and everything else,
 * each dropped line with its reason, as the page model labels them. Every non-blank input line ends
 * up in exactly one of the two lists.
 */
export function blocksOf(model: PageModel): CleanArticle {
  const blocks: CleanBlock[] = [];
  const dropped: DroppedLine[] = [];
  for (const entry of model.lines) {
    const { line, label } = entry;
    if (entry.reason !== null) {
      dropped.push({ line: line.number, text: line.text, reason: entry.reason });
      continue;
    }
    if (label !== 'body' && label !== 'standfirst' && label !== 'caption' && label !== 'related')
      throw new Error(`line ${line.number}: a ${label} line is never kept as text`);
    const block: CleanBlock = { line: line.number, section: label, text: line.text };
    if (entry.heading !== undefined) block.heading = entry.heading;
    if (entry.source) block.source = entry.source;
    if (entry.credit) block.credit = entry.credit;
    blocks.push(block);
  }
  return { blocks, dropped, firstLine: model.header.wantedTitle };
}

/** Reads a scraped page and separates the article's lines from the rest (see `blocksOf`). */
export function cleanArticle(source: string, options: CleanOptions = {}): CleanArticle {
  return blocksOf(readPage(source, options));
}
