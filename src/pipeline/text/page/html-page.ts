import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DroppedLine } from '../../../contract/article.ts';
import { parseBylineLine } from '../meta/byline.ts';
import { foldForComparison } from '../fold.ts';
import { htmlBlocks, type HtmlBlock } from './html-blocks.ts';
import { furnitureOf, removeFurniture } from './html-furniture.ts';
import { readTagMeta } from '../meta/html-meta.ts';
import { checkLanguage } from './language.ts';
import { sourceLineFinder } from './source-lines.ts';
import type { PageMeta } from '../meta/stated-meta.ts';
import { htmlProblem, noArticleReason } from './html-problems.ts';

/** A saved web page read as text lines: what the text cleaner sees, and what was taken out before. */
export interface HtmlPage {
  ok: true;
  /** The article's blocks, one per line; `lineOf` maps its line numbers to the HTML file's. */
  text: string;
  lineOf: (renderedLine: number) => number;
  /** Rendered line numbers of `<figcaption>` blocks. */
  captionLines: Set<number>;
  /** Rendered line numbers of blocks the markup marks as the standfirst (summary under the headline). */
  standfirstLines: Set<number>;
  /** What the page's tags state (JSON-LD, Open Graph, meta, `<time>`, Readability's byline). */
  meta: PageMeta;
  /** Everything taken out of the page before the text cleaner ran, with its reason. */
  dropped: DroppedLine[];
  /** The decoded page (text and tag values) that every stated value must occur in. */
  haystack: string;
  notes: string[];
}

export type HtmlResult = HtmlPage | { ok: false; reason: string };

/** How pages mark the summary under the headline (class names of kinds of blocks, not of one site). */
const STANDFIRST =
  '.standfirst, .dek, .deck, .subtitle, .subheadline, .sub-headline, .article-summary, .summary, .lede, .lead-in, [itemprop="description"]';

/** Readability's threshold is for whole web pages; a short news item still counts. */
const MIN_ARTICLE_CHARS = 200;

export function readHtmlPage(html: string): HtmlResult {
  try {
    return readParsedPage(html);
  } catch (error) {
    // The parser or Readability gave up on this markup: say so, naming what it said.
    return { ok: false, reason: `malformed HTML: it could not be parsed (${(error as Error).message})` };
  }
}

function readParsedPage(html: string): HtmlResult {
  const unreadable = htmlProblem(html);
  if (unreadable?.fatal) return { ok: false, reason: unreadable.message };
  const notes = unreadable ? [unreadable.message] : [];

  const { document } = parseHTML(html);
  if (!document.documentElement)
    return { ok: false, reason: 'malformed HTML: no document element (an unclosed comment or tag?)' };
  const meta = readTagMeta(document);
  const bodyStart = Math.max(0, html.search(/<body[\s>]/i));
  const lineFor = sourceLineFinder(html, bodyStart);
  const body = document.body ?? document.documentElement;
  const pageLength = body.textContent?.length ?? 0;
  const all = htmlBlocks(body).map((block) => ({ ...block, line: lineFor(block.text) }));

  const dropped: DroppedLine[] = [];
  for (const element of document.querySelectorAll('script, style, noscript')) {
    const kind = element.tagName.toLowerCase();
    const size = element.textContent?.length ?? 0;
    if (size > 0 && !element.matches('script[type="application/ld+json"]'))
      dropped.push({
        line: lineFor(''),
        text: `<${kind}> (${size} characters)`,
        reason: kind === 'style' ? 'style' : 'script',
      });
  }
  const candidates: typeof all = [];
  for (const block of all) {
    const furniture = furnitureOf(block.element, pageLength);
    if (furniture) dropped.push({ line: block.line, text: block.text, reason: furniture.reason });
    else candidates.push(block);
  }

  const extracted = extractArticle(html);
  const articleText = extracted?.blocks.map((block) => block.text).join(' ') ?? '';
  if (!extracted || articleText.length < MIN_ARTICLE_CHARS)
    return { ok: false, reason: noArticleReason(document, articleText) };
  if (extracted.byline) {
    const byline = parseBylineLine(extracted.byline) ?? parseBylineLine(`By ${extracted.byline}`);
    if (byline?.author) meta.author ??= { value: byline.author, from: 'Readability byline' };
    // The byline's agency wrote the text, whichever site carries it.
    if (byline?.outlet) {
      meta.via ??= meta.outlet;
      meta.outlet = { value: byline.outlet, from: 'Readability (byline)' };
    }
  }
  const headings = [...document.querySelectorAll('h1')]
    .filter((heading) => furnitureOf(heading, pageLength) === null)
    .map((heading) => heading.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
  const heading = headings.length === 1 ? headings[0]! : null;
  // A JSON-LD headline cut short ("…") gives way to the page's own headline.
  if (heading && meta.title && isCutShortOf(meta.title.value, heading))
    meta.title = { value: heading, from: '<h1>' };
  if (heading) meta.title ??= { value: heading, from: '<h1>' };
  if (extracted.title) meta.title ??= { value: extracted.title, from: 'Readability title (<title>, <h1>)' };
  const siteName = titleSuffix(document.title, meta.title?.value ?? null);
  if (siteName) meta.outlet ??= { value: siteName, from: '<title> (site name after the headline)' };

  // Each extracted block is matched to the page block it came from (for its line and position).
  const unused = new Map<string, number[]>();
  candidates.forEach((block, index) => {
    const key = foldForComparison(block.text);
    unused.set(key, [...(unused.get(key) ?? []), index]);
  });
  const matched = extracted.blocks.map((block) => unused.get(foldForComparison(block.text))?.shift() ?? -1);
  const used = new Set(matched.filter((index) => index !== -1));
  // Readability drops galleries; a caption that stands among the article's own blocks is kept.
  const first = Math.min(...used);
  const last = Math.max(...used);
  const rescued = candidates.flatMap((block, index) =>
    block.caption && !used.has(index) && index > first && index < last ? [index] : [],
  );
  const lines: string[] = [];
  const sourceLines: number[] = [];
  const captionLines = new Set<number>();
  const standfirstLines = new Set<number>();
  let lastLine = 1;
  const push = (text: string, line: number, caption: boolean, standfirst = false) => {
    lines.push(text);
    sourceLines.push(line);
    if (caption) captionLines.add(lines.length);
    if (standfirst) standfirstLines.add(lines.length);
  };
  extracted.blocks.forEach((block, position) => {
    const index = matched[position] ?? -1;
    while (index !== -1 && rescued.length && rescued[0]! < index) {
      const caption = candidates[rescued.shift()!]!;
      used.add(candidates.indexOf(caption));
      push(caption.text, caption.line, true);
    }
    const match = candidates[index];
    lastLine = match?.line ?? lastLine;
    push(
      block.text,
      lastLine,
      block.caption || (match?.caption ?? false),
      match?.element.matches(STANDFIRST) ?? false,
    );
  });
  const title = meta.title ? foldForComparison(meta.title.value) : null;
  const bylineKey = extracted.byline ? foldForComparison(extracted.byline) : null;
  candidates.forEach((block, index) => {
    if (used.has(index)) return;
    const key = foldForComparison(block.text);
    dropped.push({
      line: block.line,
      text: block.text,
      reason:
        key === title
          ? 'title (shown as the article title)'
          : key === bylineKey
            ? 'byline'
            : 'outside the article text (Readability)',
    });
  });
  notes.push(...checkLanguage(document, articleText));
  const tagValues = [...document.querySelectorAll('meta[content]')].map(
    (element) => element.getAttribute('content') ?? '',
  );
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (element) => element.textContent ?? '',
  );
  const times = [...document.querySelectorAll('time[datetime]')].map(
    (element) => element.getAttribute('datetime') ?? '',
  );
  return {
    ok: true,
    text: lines.join('\n'),
    lineOf: (renderedLine) => sourceLines[renderedLine - 1] ?? renderedLine,
    captionLines,
    standfirstLines,
    meta,
    dropped: dropped.sort((a, b) => a.line - b.line),
    haystack: [document.title, body.textContent ?? '', ...tagValues, ...jsonLd, ...times].join('\n'),
    notes,
  };
}

/** Readability on a fresh copy of the page with its furniture taken out; its blocks in order. */
function extractArticle(
  html: string,
): { blocks: HtmlBlock[]; byline: string | null; title: string | null } | null {
  const { document } = parseHTML(html);
  removeFurniture(document);
  const article = new Readability(document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  if (!article?.content) return null;
  const { document: content } = parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`);
  return {
    blocks: htmlBlocks(content.body),
    byline: article.byline?.trim() || null,
    title: article.title?.trim() || null,
  };
}

function isCutShortOf(short: string, full: string): boolean {
  const stem = short.replace(/\s*(…|\.\.\.)$/, '');
  return stem !== short && stem.length > 0 && full.startsWith(stem) && full.length > stem.length;
}

/** "Headline | Site": the site's name after the headline in a page's `<title>`. */
function titleSuffix(pageTitle: string, headline: string | null): string | null {
  if (!headline) return null;
  const title = pageTitle.replace(/\s+/g, ' ').trim();
  const at = foldForComparison(title).indexOf(foldForComparison(headline));
  if (at !== 0) return null;
  const rest = /^\s*[|–—-]\s*(.+)$/.exec(title.slice(headline.length))?.[1]?.trim();
  return rest && rest.split(/\s+/).length <= 6 ? rest : null;
}
