import type { Paragraph, TextQuoteSelector } from '../../../contract/article.ts';

/** Characters of page text kept on each side of a quote (W3C Web Annotation suggests ~32). */
export const SELECTOR_CONTEXT = 32;

/**
 * A TextQuoteSelector for `exact`, found in the page at or after `from` (so that a paragraph repeated
 * on the page is anchored at its own place). Null when the page does not hold the text verbatim.
 */
export function findQuoteSelector(
  pageText: string,
  exact: string,
  from = 0,
): { selector: TextQuoteSelector; end: number } | null {
  let at = pageText.indexOf(exact, from);
  if (at < 0) at = pageText.indexOf(exact);
  if (at < 0 || exact === '') return null;
  const end = at + exact.length;
  return {
    selector: {
      type: 'TextQuoteSelector',
      exact,
      prefix: pageText.slice(Math.max(0, at - SELECTOR_CONTEXT), at),
      suffix: pageText.slice(end, end + SELECTOR_CONTEXT),
    },
    end,
  };
}

/**
 * Anchors every paragraph in its page text, in page order. A paragraph the page does not hold verbatim
 * (text rebuilt from markup) falls back to the neighbouring paragraphs' text as its context.
 */
export function anchorParagraphs(paragraphs: readonly Paragraph[], pageText: string): Paragraph[] {
  let cursor = 0;
  return paragraphs.map((paragraph, index) => {
    const found = findQuoteSelector(pageText, paragraph.text, cursor);
    if (found) {
      cursor = found.end;
      return { ...paragraph, selector: found.selector };
    }
    return { ...paragraph, selector: neighbourSelector(paragraphs, index) };
  });
}

/** The selector of a paragraph from the cleaned text alone: its neighbours joined by blank lines. */
export function neighbourSelector(paragraphs: readonly Paragraph[], index: number): TextQuoteSelector {
  const before = paragraphs[index - 1]?.text;
  const after = paragraphs[index + 1]?.text;
  return {
    type: 'TextQuoteSelector',
    exact: paragraphs[index]?.text ?? '',
    prefix: before === undefined ? '' : `${before}\n\n`.slice(-SELECTOR_CONTEXT),
    suffix: after === undefined ? '' : `\n\n${after}`.slice(0, SELECTOR_CONTEXT),
  };
}
