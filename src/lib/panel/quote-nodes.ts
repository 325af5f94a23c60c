import type { Attachment } from 'svelte/attachments';
import type { QuoteRun } from './quote-runs.ts';

/**
 * A quote's runs as DOM nodes: the text as text nodes (article text is data, never parsed as markup),
 * an alias match in `<mark>`, a run inside a carried sentence in `<span class="carried"
 * data-carried="i">`. Built directly rather than by a template block per run: a long quote has dozens
 * of runs, and a block per run was most of the cost of a card's first paint.
 */
export function quoteNodes(document: Document, runs: readonly QuoteRun[]): Node[] {
  return runs.map((run) => {
    let node: Node = document.createTextNode(run.text);
    if (run.marked) {
      const mark = document.createElement('mark');
      mark.append(node);
      node = mark;
    }
    if (run.carried === null) return node;
    const span = document.createElement('span');
    span.className = 'carried';
    span.dataset['carried'] = String(run.carried);
    span.append(node);
    return span;
  });
}

/** Fills the element with the quote's runs (again whenever they change); empties it when detached. */
export const quoteText =
  (runs: readonly QuoteRun[]): Attachment<HTMLElement> =>
  (element) => {
    element.replaceChildren(...quoteNodes(element.ownerDocument, runs));
    return () => element.replaceChildren();
  };
