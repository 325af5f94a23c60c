import type { SourceMeta } from '../../../contract/article.ts';
import type { BylineFound } from '../meta/byline.ts';
import type { Dateline } from '../meta/dateline.ts';
import type { StatedDate } from '../meta/dates.ts';
import type { Line } from '../page-lines.ts';
import type { TitleResult } from '../meta/title.ts';

/**
 * What one line of a page is, decided once: the metadata and the cleaned paragraphs both read these
 * labels. `meta` is a line that only states the page's metadata (a date stamp, a source line).
 */
export type LineLabel =
  | 'title'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'meta'
  | 'caption'
  | 'credit'
  | 'furniture'
  | 'body'
  | 'related';

export interface LabelledLine {
  line: Line;
  label: LineLabel;
  /** Why the line is not kept as a paragraph (null: it is kept). */
  reason: string | null;
  /** For a related blurb: the headline it stood under, and who wrote it. */
  heading?: string;
  source?: SourceMeta;
  /** For a caption: the photographer and agency the page credits; for a credit line: the credit. */
  credit?: string;
  /** For a body paragraph that opens with a wire dateline. */
  dateline?: Dateline;
}

/** The header's metadata lines, found before the lines are labelled (each with its line). */
export interface PageHeader {
  title: TitleResult;
  /** The headline the page's lines are compared with (a curator's title, else the detected one). */
  wantedTitle: string | null;
  byline: BylineFound | null;
  stamps: Array<{ line: Line; stamp: StatedDate & { updated: boolean } }>;
  sources: Array<{ line: Line; name: string }>;
  /** Lines the header claims, with the label and the reason they are reported with. */
  claimed: Map<number, { label: LineLabel; reason: string }>;
  /** The number of the last line where a byline or a date stamp may still stand. */
  headerEnd: number;
}

/** One reading of a page: every non-blank line labelled once, in order, and the header found on the way. */
export interface PageModel {
  lines: LabelledLine[];
  header: PageHeader;
}

export const isKept = (labelled: LabelledLine): boolean => labelled.reason === null;
