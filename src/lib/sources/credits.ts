import type { BorderCredit, ExcerptSources } from '../../contract/dataset.ts';
import { groupDigits } from '../ui/group-digits.ts';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count as words in prose: "two" up to ten, digits with separators above. */
export const countWords = (count: number): string => WORDS[count] ?? groupDigits(count);

/** "A", "A and B", "A, B and C". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/**
 * Whose map it is, from the data: "Borders: Natural Earth (public domain), Crimea shown as Ukraine’s",
 * naming each part the geo data draws in another country than Natural Earth does. No full stop: it
 * stands in a sentence, an attribution or a list of credits.
 */
export function bordersCredit(borders: readonly BorderCredit[]): string {
  const parts = borders.map((border) => `${border.part} shown as ${border.shownIn}’s`);
  return `Borders: Natural Earth (public domain)${parts.length ? `, ${listed(parts)}` : ''}`;
}

/**
 * Whose words the excerpts are, from the data: "Excerpts: RFE/RL, Axios, The Daily Beast and two
 * further articles, quoted verbatim."
 */
export function excerptsCredit({ outlets, otherArticles }: ExcerptSources): string {
  const others = `${countWords(otherArticles)} ${outlets.length ? 'further ' : ''}article${otherArticles === 1 ? '' : 's'}`;
  if (outlets.length === 0) return `Excerpts from ${others}, quoted verbatim.`;
  return `Excerpts: ${listed(otherArticles > 0 ? [...outlets, others] : outlets)}, quoted verbatim.`;
}
