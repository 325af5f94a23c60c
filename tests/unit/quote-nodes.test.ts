// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { quoteNodes, quoteText } from '../../src/lib/panel/quote-nodes.ts';
import { quoteRuns } from '../../src/lib/panel/quote-runs.ts';

const html = (nodes: Node[]) => {
  const holder = document.createElement('div');
  holder.append(...nodes);
  return holder.innerHTML;
};

describe('quoteNodes', () => {
  it('keeps the quote verbatim: its text reads back exactly, markup included, as text', () => {
    const text = 'Troops <b>landed</b> in Almaty & stayed.';
    const holder = document.createElement('blockquote');
    holder.append(...quoteNodes(document, quoteRuns(text, [{ start: 24, end: 30 }], [])));
    expect(holder.textContent).toBe(text);
    expect(holder.querySelector('b')).toBeNull();
    expect([...holder.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Almaty']);
  });

  it('puts a mark inside its carried sentence, and names the sentence by its index', () => {
    const text = 'Ours. Carried in Almaty. Ours again.';
    const runs = quoteRuns(text, [{ start: 17, end: 23 }], [{ start: 6, end: 24 }]);
    expect(html(quoteNodes(document, runs))).toBe(
      'Ours. <span class="carried" data-carried="0">Carried in </span>' +
        '<span class="carried" data-carried="0"><mark>Almaty</mark></span>' +
        '<span class="carried" data-carried="0">.</span> Ours again.',
    );
  });

  it('replaces what the element held when the runs change, and empties it when detached', () => {
    const element = document.createElement('blockquote');
    quoteText(quoteRuns('First text.', [], []))(element);
    const stop = quoteText(quoteRuns('Second text.', [{ start: 0, end: 6 }], []))(element);
    expect(element.innerHTML).toBe('<mark>Second</mark> text.');
    if (typeof stop === 'function') stop();
    expect(element.childNodes).toHaveLength(0);
  });
});
