/**
 * The one way text is folded for comparison: case, accents, curly quotes, dashes and kinds of space
 * aside. One character in, one character out, so an offset found in folded text is the original's.
 * `foldForComparison` compares whole lines with the same rules.
 */

const COMBINING_MARKS = /\p{M}+/gu;
/** Every dash Unicode knows (hyphens, en and em dashes, the horizontal bar…) and the minus sign. */
const DASH = /[\p{Pd}\u2212]/u;
const cache = new Map<string, string>();

/** One character folded: "É" → "e", "’" → "'", "—" or "−" → "-", a no-break space → " ". */
export function foldChar(char: string): string {
  const known = cache.get(char);
  if (known !== undefined) return known;
  let folded: string;
  if (/[‘’`´]/u.test(char)) folded = "'";
  else if (/[“”«»]/u.test(char)) folded = '"';
  else if (DASH.test(char)) folded = '-';
  else if (/\s/u.test(char)) folded = ' ';
  else {
    const bare = char.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
    const lower = char.toLowerCase();
    folded = bare.length === char.length ? bare : lower.length === char.length ? lower : char;
  }
  cache.set(char, folded);
  return folded;
}

/** A text folded character by character (same length, same offsets). */
export function foldText(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index += 1) folded += foldChar(text[index]!);
  return folded;
}

/** A word as the matcher compares it: "Novo-Ogaryovo" gives "novo-ogaryovo", "Almatý" gives "almaty". */
export const foldWord = foldText;

/**
 * A line as a key for comparing lines: folded as above, with compatibility forms read alike ("…" as
 * "...", "ﬁ" as "fi"), runs of space as one and none at the ends. Lengths and offsets are not kept.
 */
export function foldForComparison(text: string): string {
  return foldText(text.normalize('NFKC')).replace(/ {2,}/g, ' ').trim();
}
