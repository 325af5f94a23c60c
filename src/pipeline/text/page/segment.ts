import type { CleanBlock, Paragraph, Sentence, SourceMeta } from '../../../contract/article.ts';
import { chicagoReference } from '../meta/reference.ts';

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences of one paragraph with character offsets, trailing white space excluded. */
export function splitSentences(text: string, paragraphId: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of sentenceSegmenter.segment(text)) {
    const trimmed = segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim() === '') continue;
    sentences.push({
      id: `${paragraphId}s${sentences.length}`,
      start: index + lead,
      end: index + trimmed.length,
    });
  }
  return sentences;
}

/**
 * A caption stands on the article's page but is no writing of its author: the page's outlet, title and
 * date, no author, and the photographer's credit where the page states one.
 */
export function captionSource(articleSource: SourceMeta, block: CleanBlock): SourceMeta {
  return { ...articleSource, author: null, ...(block.credit ? { credit: block.credit } : {}) };
}

/**
 * One paragraph per kept block, with stable ids `<article>#p<n>` and `…s<m>` for sentences. Each
 * paragraph is credited to the block's own source when it has one (a related story), else to the article.
 */
export function segmentArticle(
  articleId: string,
  blocks: readonly CleanBlock[],
  articleSource: SourceMeta,
): Paragraph[] {
  return blocks.map((block, index) => {
    const id = `${articleId}#p${index}`;
    const source =
      block.source ?? (block.section === 'caption' ? captionSource(articleSource, block) : articleSource);
    const paragraph: Paragraph = {
      id,
      index,
      line: block.line,
      section: block.section,
      text: block.text,
      sentences: splitSentences(block.text, id),
      source,
      reference: chicagoReference(source),
    };
    if (block.heading !== undefined) paragraph.heading = block.heading;
    return paragraph;
  });
}
