/**
 * Each source's Chicago author-date reference, formatted at build time in the per-article stage
 * (contract Paragraph.reference, carried on as Excerpt.reference and Citation.reference): citation-js
 * with the Chicago author-date CSL style, so the app carries no citation formatter. The reference is
 * made from the writer's title, outlet, authors and date only (contract/reference-fields.ts); a text's
 * provenance (a related story, a caption, a wire story) is said beside it by the app, in words of its
 * own.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { SourceMeta } from '../../../contract/article.ts';
import { referenceFields } from '../../../contract/reference-fields.ts';
import { CHICAGO_AUTHOR_DATE_CSL } from './chicago-author-date-csl.ts';
import { capitalizeParticles } from './phrasal.ts';

const CHICAGO = 'chicago-author-date';

type Writer = Pick<SourceMeta, 'outlet' | 'title' | 'author' | 'date'>;

let registered = false;

/** The reference-list entry for one writer, as plain text ("Basu, Zachary. 2022. “Title.” Axios, January 6."). */
export function formatChicago(writer: Writer): string {
  if (!registered) {
    const styles = plugins.config.get('@csl').styles;
    if (!styles.has(CHICAGO)) styles.add(CHICAGO, CHICAGO_AUTHOR_DATE_CSL);
    registered = true;
  }
  const { title, 'container-title': outlet, author, issued } = referenceFields(writer);
  const item = {
    id: 'source',
    type: 'article-newspaper',
    // Title case for the reference only ("Put Down"); the app's CSL-JSON export keeps the title as stated.
    ...(title && { title: capitalizeParticles(title) }),
    ...(outlet && { 'container-title': outlet }),
    ...(author && { author }),
    ...(issued && { issued }),
  };
  return new Cite(item).format('bibliography', { format: 'text', template: CHICAGO, lang: 'en-US' }).trim();
}

const known = new Map<string, string>();

/**
 * The Chicago author-date reference for a text's writer, formatted once per writer (a page's own text
 * and its captions share one; formatting one takes a few milliseconds).
 */
export function chicagoReference(writer: Writer): string {
  // What the reference is made of, as a key: two writers alike in these have the same reference.
  const key = JSON.stringify([writer.outlet, writer.title, writer.author, writer.date]);
  let reference = known.get(key);
  if (reference === undefined) {
    reference = formatChicago(writer);
    known.set(key, reference);
  }
  return reference;
}
