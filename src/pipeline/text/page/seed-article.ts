import type { Article, MetaOrigin, Problem } from '../../../contract/article.ts';
import { resolveMeta, type SourcesEntry } from '../meta/article-meta.ts';
import { blocksOf } from './clean.ts';
import { decodeSeed } from './decode-seed.ts';
import { readHtmlPage, type HtmlPage } from './html-page.ts';
import { languageNotes } from './language.ts';
import { readPage } from './read-page.ts';
import { segmentArticle } from './segment.ts';
import { checkStated, SOURCES_FILE } from '../meta/sources.ts';
import { detectTextMeta } from './text-meta.ts';
import { mergePageMeta } from '../meta/stated-meta.ts';

/** One seed file as read: `file` is the path shown in messages, e.g. "seeds/000_x.txt". */
export interface SeedInput {
  file: string;
  bytes: Uint8Array;
}

export interface SeedArticle {
  /** Null when the file holds no article: `problems` then says why. */
  article: Article | null;
  /** The page's text as the paragraphs quote it (an HTML page's extracted text, one block a line). */
  pageText: string;
  problems: Problem[];
  warnings: Problem[];
}

/** Seed file name without its folder and extension: the article's id. */
export const articleIdOf = (file: string): string => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
export const isHtmlFile = (file: string): boolean => /\.html?$/i.test(file);

/**
 * One seed file in, one cleaned article out (or a named reason why not). Pure. The metadata comes
 * from sources.json, then from the page (tags of an HTML page before its text), then null.
 */
export function articleFromSeed(
  seed: SeedInput,
  entry: SourcesEntry | undefined,
  isOnTopic: (text: string) => boolean,
): SeedArticle {
  const id = articleIdOf(seed.file);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const decoded = decodeSeed(seed.bytes);
  if (!decoded.ok)
    return {
      article: null,
      pageText: '',
      problems: [{ file: seed.file, message: decoded.reason }],
      warnings,
    };

  let text = decoded.text;
  let haystack = decoded.text;
  let html: HtmlPage | null = null;
  if (isHtmlFile(seed.file)) {
    const page = readHtmlPage(decoded.text);
    if (!page.ok)
      return { article: null, pageText: '', problems: [{ file: seed.file, message: page.reason }], warnings };
    html = page;
    text = page.text;
    haystack = page.haystack;
    for (const note of page.notes) warnings.push({ file: seed.file, message: note });
  } else {
    for (const note of languageNotes(null, text)) warnings.push({ file: seed.file, message: note });
  }
  const lineOf = html?.lineOf ?? ((line: number) => line);
  // The page is read once: its lines labelled, the metadata and the paragraphs both read from those labels.
  const knownTitle = entry?.title ?? html?.meta.title?.value;
  const model = readPage(text, {
    isOnTopic,
    ...(knownTitle ? { title: knownTitle } : {}),
    ...(html ? { captionLines: html.captionLines, standfirstLines: html.standfirstLines } : {}),
  });
  const textMeta = detectTextMeta(model);
  const pageMeta = html ? mergePageMeta(html.meta, textMeta) : textMeta;
  const { meta, from } = resolveMeta(entry, pageMeta);
  if (!entry)
    warnings.push({
      file: seed.file,
      message: 'no entry in seeds/sources.json: metadata as the page states it',
    });
  for (const note of pageMeta.notes)
    if (!(entry?.title && note.startsWith('no headline'))) warnings.push({ file: seed.file, message: note });

  problems.push(
    ...checkStated(id, { ...meta, date: meta.dateText }, haystack, entry ? SOURCES_FILE : seed.file),
  );
  const cleaned = blocksOf(model);
  const dropped = [
    ...(html?.dropped ?? []),
    ...cleaned.dropped.map((line) => ({ ...line, line: lineOf(line.line) })),
  ].sort((a, b) => a.line - b.line);
  const blocks = cleaned.blocks.map((block) => ({ ...block, line: lineOf(block.line) }));
  const paragraphs = segmentArticle(id, blocks, {
    outlet: meta.outlet,
    title: meta.title,
    author: meta.author,
    date: meta.date,
    ...(meta.via ? { via: meta.via } : {}),
  });
  if (paragraphs.length === 0)
    problems.push({ file: seed.file, message: 'nothing of the article is left after cleaning' });
  const metaFrom = html ? remapLines(from, lineOf) : from;
  return {
    article: { id, file: seed.file, meta, metaFrom, paragraphs, dropped },
    pageText: text,
    problems,
    warnings,
  };
}

/** "line 3" of an HTML page's text is reported as the line of the HTML file it came from. */
function remapLines(from: MetaOrigin, lineOf: (line: number) => number): MetaOrigin {
  const remap = (value: string | null) =>
    value?.replace(/^line (\d+)/, (_, line: string) => `line ${lineOf(Number(line))}`) ?? null;
  return {
    outlet: remap(from.outlet),
    title: remap(from.title),
    author: remap(from.author),
    date: remap(from.date),
    ...(from.via ? { via: remap(from.via) } : {}),
  };
}
