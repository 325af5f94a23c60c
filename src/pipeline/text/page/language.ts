/**
 * Whether a page is in English, as the matcher's names are: a declared language other than English,
 * or text mostly in another script, is named in the report (the page is still read).
 */
const SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['Cyrillic', /\p{Script=Cyrillic}/gu],
  ['Arabic', /\p{Script=Arabic}/gu],
  ['Han', /\p{Script=Han}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Armenian', /\p{Script=Armenian}/gu],
  ['Georgian', /\p{Script=Georgian}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
  ['Devanagari', /\p{Script=Devanagari}/gu],
  ['Hangul', /\p{Script=Hangul}/gu],
  ['Japanese kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
];

export function languageNotes(declared: string | null, text: string): string[] {
  const notes: string[] = [];
  if (declared && !/^en\b/i.test(declared.trim()))
    notes.push(`page in another language (lang="${declared.trim()}"): places are matched by English names`);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= 40) {
    const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (latin / letters < 0.5) {
      const [name] = SCRIPTS.map(
        ([script, pattern]) => [script, text.match(pattern)?.length ?? 0] as const,
      ).sort((a, b) => b[1] - a[1])[0] ?? ['another'];
      notes.push(
        `page in another script (${Math.round((100 * (letters - latin)) / letters)}% of letters ${name}): places are matched by English names`,
      );
    }
  }
  return notes;
}

export function checkLanguage(document: Document, text: string): string[] {
  return languageNotes(document.documentElement?.getAttribute('lang') ?? null, text);
}
