import { isNameList } from './byline.ts';
import { isOrganisationName } from './organisation.ts';

/**
 * A picture's credit as the page states it: the photographer and the agency ("Mariya
 * Gordeyeva/Reuters"). Read from a credit line ("Photo by …/REUTERS", "Credit: …", "Adam Berry/Getty")
 * or from the end of a caption ("… (Name/AFP/Getty Images)", "… Photo by Name/REUTERS").
 */

const LABEL = String.raw`(?:(?:(?:photo(?:graph)?|image|picture)s?\s*(?:credits?)?|credits?)\s*(?:by\b|courtesy of\b|:)|(?:photo|image|picture|video)\s+source\s*[,:])`;
const LABELLED_LINE = new RegExp(String.raw`^\(?\s*${LABEL}\s*(.+?)\s*\)?\.?$`, 'i');
const LABELLED_END = new RegExp(String.raw`[.!?]["”’]?\s+${LABEL}\s*([^.()]{2,80}?)\.?$`, 'i');
const BRACKETED_END = /\(([^()]{2,80})\)\.?$/;
/** "Name/Agency", "Name / Getty Images": a credit line names at least one agency after a slash. */
const SLASHED = /^[^.!?/]{2,60}(?:\s*\/\s*[^.!?/]{2,40})+$/;
/** Words that say what kind of picture it is, not who made it. */
const NOT_A_NAME = /^(file( photo)?|handout|pool|via|photo|image)$/i;

/** The credit a line states, tidied ("File Photo" left out, "REUTERS" written "Reuters"), or null. */
export function creditOf(text: string): string | null {
  const trimmed = text.trim();
  const labelled = LABELLED_END.exec(trimmed)?.[1] ?? LABELLED_LINE.exec(trimmed)?.[1];
  // "Image: Troops guard the square…" is a caption with a prefix, not a credit.
  if (labelled) return isCreditShaped(labelled) ? tidy(labelled) : null;
  const bracketed = BRACKETED_END.exec(trimmed)?.[1];
  if (bracketed) {
    const inner = LABELLED_LINE.exec(bracketed)?.[1];
    if (inner) return tidy(inner);
    if (
      bracketed.includes('/') ||
      /\s+via\s+\p{Lu}/u.test(bracketed) ||
      isOrganisationName(bracketed) ||
      isNameList(bracketed)
    )
      return tidy(bracketed);
  }
  if (SLASHED.test(trimmed) && trimmed.length <= 80) return tidy(trimmed);
  // "… January 8, 2022. Eurasia Wire/Olzhas Bek/File Photo": a slashed credit after the caption's sentence.
  const after = /[.!?]["”’]?\s+([^.!?]{2,80})$/.exec(trimmed)?.[1];
  if (after && SLASHED.test(after) && isCreditShaped(after)) return tidy(after);
  return null;
}

/** A credit names people or organisations: a few words, no sentence. */
const CREDIT_MAX_WORDS = 10;
const isCreditShaped = (credit: string): boolean =>
  credit.split(/\s+/).length <= CREDIT_MAX_WORDS && !/[.!?]\s/.test(credit) && !/\d{4}/.test(credit);

function tidy(credit: string): string | null {
  const parts = credit
    .split(/\s*\/\s*/)
    .map((part) => part.trim().replace(/[.,;]+$/, ''))
    .filter((part) => part !== '' && !NOT_A_NAME.test(part))
    .map((part) => part.replace(/\b\p{Lu}{5,}\b/gu, (word) => word[0] + word.slice(1).toLowerCase()));
  return parts.length > 0 ? parts.join('/') : null;
}
