import type { SourceMeta } from './article.ts';

/**
 * The CSL fields a source's reference is made of, read alike by the pipeline (which formats the
 * Chicago reference, contract Excerpt.reference) and the app (which exports CSL-JSON). Imports only the contract.
 */

/** A CSL date: full or partial parts when the source states them, else the words it uses. */
export type CslDate = { 'date-parts': number[][] } | { literal: string };

/** "2022-01-08" → [[2022, 1, 8]]; "2022-01" → [[2022, 1]]; other wording is kept as a literal; null → none. */
export function cslDate(date: string | null): CslDate | undefined {
  if (!date) return undefined;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!iso) return { literal: date };
  return {
    'date-parts': [
      iso
        .slice(1)
        .filter((part) => part !== undefined)
        .map(Number),
    ],
  };
}

/** "Jane Roe and John Doe" → two names; one name stays one. */
export function authorNames(author: string | null): string[] | undefined {
  if (!author) return undefined;
  const names = author
    .split(/\s+(?:and|&)\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length ? names : undefined;
}

export interface ReferenceFields {
  title?: string;
  'container-title'?: string;
  author?: string[];
  issued?: CslDate;
  /** A full date the reference leaves out (a page with no outlet keeps only the year): said in a note. */
  dateLeftOut?: string;
}

/** What the reference of a text's writer says: title, outlet, authors and date, as the source states them. */
export function referenceFields(
  writer: Pick<SourceMeta, 'outlet' | 'title' | 'author' | 'date'>,
): ReferenceFields {
  const fields: ReferenceFields = {};
  if (writer.title) fields.title = writer.title;
  if (writer.outlet) fields['container-title'] = writer.outlet;
  const author = authorNames(writer.author);
  if (author) fields.author = author;
  const issued = cslDate(writer.date);
  // With no outlet, Chicago would print the month and day alone after the title ("… 2022. January 8."):
  // the reference keeps the year, and the full date is said in the note.
  const dated = !writer.outlet && issued && 'date-parts' in issued && issued['date-parts'][0]!.length > 1;
  if (issued) fields.issued = dated ? { 'date-parts': [[issued['date-parts'][0]![0]!]] } : issued;
  if (dated) fields.dateLeftOut = writer.date!;
  return fields;
}
