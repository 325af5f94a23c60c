import { BULLET_PREFIX } from './clean-rules.ts';

/** One non-blank line of a page, as the cleaner and the metadata detectors see it. */
export interface Line {
  /** 1-based line number in the seed file. */
  number: number;
  /** The text without its list bullet, trimmed. */
  text: string;
  /** The line began with a bullet: in a related-stories list, that marks a headline. */
  bulleted: boolean;
}

export function toLines(source: string): Line[] {
  return source.split(/\r\n|\r|\n/).flatMap((text, index) =>
    text.trim() === ''
      ? []
      : [
          {
            number: index + 1,
            text: text.replace(BULLET_PREFIX, '').trim(),
            bulleted: BULLET_PREFIX.test(text),
          },
        ],
  );
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * A paragraph of sentences: ends like a sentence and is long, or holds a sentence break. A headline is
 * never one of these (it may end with a question mark).
 */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  if (/[.!]["'”’)\]]*$/u.test(text) && words >= 8) return true;
  return words >= 12 && /[a-z0-9)][.!?]["'”’]?\s+["“‘]?[A-Z]/u.test(text);
}
