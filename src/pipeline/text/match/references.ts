import type { AliasHit } from './alias-index.ts';

/**
 * References without a name. An epithet ("the country", "the Central Asian nation") stands for the
 * feature named last among those it may stand for (the geo data says which), within the same text and
 * a short window: the paragraph so far and the REFERENCE_WINDOW paragraphs before it. It never
 * reaches into another article, a related story or a caption. A resolved epithet counts below a name.
 */

/** How much a resolved epithet, or a pronoun-led paragraph's inherited subject, counts: below a loose name. */
export const REFERENCE_WEIGHT = 0.4;
/** How many paragraphs back an epithet may reach for the feature it stands for. */
export const REFERENCE_WINDOW = 2;

/** Where a feature was last named in a text: its paragraph's place in the text and the offset. */
export interface NamedAt {
  paragraph: number;
  offset: number;
}

/** What a text remembers while it is read: where each feature was last named. */
export type NamedPlaces = ReadonlyMap<string, NamedAt>;

const later = (a: NamedAt, b: NamedAt) =>
  a.paragraph > b.paragraph || (a.paragraph === b.paragraph && a.offset > b.offset);

/**
 * Resolves the epithet hits of one paragraph: each span goes to the candidate named last before it
 * (earlier in this paragraph, or in the window before), or to none. `named` holds the features named
 * before this paragraph; `namedHere` those named in it, with offsets. An epithet inside another hit
 * ("the country's east", a name of the Donbas) is that hit's, not a reference.
 */
export function resolveEpithets(
  epithets: readonly AliasHit[],
  others: readonly AliasHit[],
  named: NamedPlaces,
  namedHere: ReadonlyArray<{ featureId: string; start: number }>,
  paragraph: number,
): AliasHit[] {
  const bySpan = new Map<string, AliasHit[]>();
  for (const hit of epithets) {
    if (others.some((other) => other.weight > 0 && other.start < hit.end && hit.start < other.end)) continue;
    const key = `${hit.start}:${hit.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), hit]);
  }
  const resolved: AliasHit[] = [];
  for (const candidates of bySpan.values()) {
    let best: { hit: AliasHit; at: NamedAt } | null = null;
    for (const hit of candidates) {
      const here = namedHere.filter(
        (mention) => mention.featureId === hit.featureId && mention.start < hit.start,
      );
      const before = named.get(hit.featureId);
      const at: NamedAt | undefined = here.length
        ? { paragraph, offset: Math.max(...here.map((mention) => mention.start)) }
        : before && paragraph - before.paragraph <= REFERENCE_WINDOW
          ? before
          : undefined;
      if (at && (!best || later(at, best.at))) best = { hit, at };
    }
    if (best) resolved.push({ ...best.hit, weight: REFERENCE_WEIGHT });
  }
  // Of nested epithets of one feature ("the Central Asian former Soviet republic"), the longest stands.
  return resolved.filter(
    (hit) =>
      !resolved.some(
        (other) =>
          other !== hit &&
          other.start <= hit.start &&
          hit.end <= other.end &&
          other.end - other.start > hit.end - hit.start,
      ),
  );
}

/**
 * Words that open a paragraph that cannot be read without the one before: a demonstrative subject
 * ("That marks …", "These would …"), an example ("For instance, …").
 */
const LEANING_START = /^[\s“"‘'(]*(?:for instance|for example|that|this|these|those)\b/iu;
/** "Portions of the 41st Army, for instance, are …": an example given in the first clause. */
const LEANING_CLAUSE = /^[^.;:!?]{0,120}?,\s*(?:for instance|for example)\s*,/iu;
/** A contrast ("But …", "Yet …", "Yes, but: …") leans on what it answers. */
const CONTRAST_START = /^[\s“"‘'(]*(?:yes,?\s+)?(?:but|yet|however|still)\b/iu;
/** "It's fair to say …", "It is clear that …": an "it" that stands for nothing before. */
const EMPTY_IT = /^[\s“"‘'(]*it(?:['’]s|\s+is|\s+was)\s+[\p{L}-]+\s+(?:to|that)\b/iu;
/** A label that opens a paragraph ("Yes, but:", "Why it matters:"). */
const LABEL = /^[^.:!?]{1,30}:\s+/u;

/**
 * Whether a paragraph leans on the one before it. `namesAnything`: whether it names a feature by
 * itself; a plain contrast ("But the instability in Kazakhstan …") that names its own subject is read
 * on its own, while a label that answers the paragraph before ("Yes, but: …") always leans on it.
 */
export function leansOnPrevious(text: string, namesAnything: boolean): boolean {
  if (EMPTY_IT.test(text)) return false;
  if (LEANING_START.test(text) || LEANING_CLAUSE.test(text)) return true;
  const label = LABEL.exec(text);
  if (label !== null && CONTRAST_START.test(label[0])) return true;
  return !namesAnything && CONTRAST_START.test(text);
}

/** Pronouns that make a paragraph's subject the previous paragraph's ("It's a strategic issue …"). */
const PRONOUN_START = /^[\s“"‘'(]*(?:it|its|they|their|these|those|this|that)\b/iu;

/** Whether a paragraph opens on a pronoun that stands for what the paragraph before was about. */
export function pronounLed(text: string): boolean {
  return PRONOUN_START.test(text) && !EMPTY_IT.test(text);
}

/** "As in Belarus, …": a comparison whose subject is what the paragraph before was about. */
const COMPARISON_START = /^[\s“"‘'(]*(?:just\s+)?as\s+(?:in|with)\b/iu;

/** Whether a paragraph opens by comparing what the paragraph before was about with something else. */
export function comparisonLed(text: string): boolean {
  return COMPARISON_START.test(text);
}
