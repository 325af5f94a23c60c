import { labelLines, type LabelOptions } from './label-lines.ts';
import { readHeader } from './page-header.ts';
import { toLines } from '../page-lines.ts';
import type { PageModel } from './page-model.ts';

export interface ReadPageOptions extends LabelOptions {
  /**
   * The article's title (a curator's): its line is labelled the title. When not given, the headline
   * is detected; null means the page has none.
   */
  title?: string | null;
}

/** One reading of a page's text: its header found and every line labelled, once. */
export function readPage(source: string, options: ReadPageOptions = {}): PageModel {
  const lines = toLines(source);
  const header = readHeader(lines, options.title);
  return { lines: labelLines(lines, header, options), header };
}
