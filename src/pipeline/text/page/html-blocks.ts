/**
 * The text of an HTML element as a reader sees it, one block per paragraph-like element: text nodes
 * grouped under their nearest block ancestor, in document order, white space collapsed, entities decoded.
 */
export interface HtmlBlock {
  text: string;
  element: Element;
  /** The block is (inside) a `<figcaption>`. */
  caption: boolean;
}

const BLOCK =
  'p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, figcaption, pre, td, th, caption, div, section, article, header, footer, main, aside, nav, figure, ul, ol, table, tr, form, body, address, details, summary, dialog';
const SKIP = 'script, style, noscript, template, head, title';

export function htmlBlocks(root: Element): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let current: { element: Element; parts: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const text = current.parts.join('').replace(/\s+/g, ' ').trim();
    if (text)
      blocks.push({
        text,
        element: current.element,
        caption: current.element.closest('figcaption') !== null,
      });
    current = null;
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const parent = child.parentElement;
        if (!parent || parent.closest(SKIP)) continue;
        const block = parent.closest(BLOCK) ?? parent;
        if (current?.element !== block) {
          flush();
          current = { element: block, parts: [] };
        }
        current.parts.push(child.textContent ?? '');
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.matches(SKIP)) continue;
        if (element.tagName === 'BR') current?.parts.push(' ');
        else if (element.matches(BLOCK)) {
          flush();
          walk(element);
          flush();
        } else walk(element);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}
