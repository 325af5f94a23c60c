/**
 * Metadata as found in a page, each value with where it was found: "line 12", "JSON-LD headline",
 * "og:site_name", "sources.json". The precedence between finders lives in article-meta.ts.
 */
export interface Found {
  value: string;
  from: string;
}

export interface FoundDate extends Found {
  /** `YYYY-MM-DD` when the words state a full date, else null. `value` is the date as stated. */
  iso: string | null;
}

export interface PageMeta {
  title: Found | null;
  outlet: Found | null;
  author: Found | null;
  date: FoundDate | null;
  /** The site that carries the text when the outlet is someone else (a wire story on a local paper's page). */
  via: Found | null;
  /** Lines that carry metadata and are not text (byline, date stamp, source line), with the reason. */
  claimed: Map<number, string>;
  /** What could not be found and why, for the report. */
  notes: string[];
}

export const emptyPageMeta = (): PageMeta => ({
  title: null,
  outlet: null,
  author: null,
  date: null,
  via: null,
  claimed: new Map(),
  notes: [],
});

/** Field by field, what `first` found, else what `second` found (an HTML page's tags before its text). */
export function mergePageMeta(first: PageMeta, second: PageMeta): PageMeta {
  const title = first.title ?? second.title;
  // Who wrote the text (a byline's or a dateline's agency) beats the site that carries it.
  const outlet = (isAuthorship(second.outlet) ? second.outlet : null) ?? first.outlet ?? second.outlet;
  const author = [first.author, second.author].find(
    (found) => found !== null && !sameName(found.value, outlet?.value ?? null),
  );
  // The site named beside a wire's outlet: the tags' site name, or the one the text names.
  const via =
    outlet && isAuthorship(outlet)
      ? ([first.via, first.outlet, second.via, second.outlet].find(
          (found) => found !== null && !sameOutlet(found.value, outlet.value),
        ) ?? null)
      : null;
  return {
    title,
    outlet,
    via,
    // An outlet named as the author ("author" meta tag holding the site's name) is no author.
    author: author ?? null,
    date: first.date ?? second.date,
    claimed: new Map([...second.claimed, ...first.claimed]),
    notes: [...first.notes, ...second.notes].filter((note) => !(title && note.startsWith('no headline'))),
  };
}

/** An outlet found in a byline or a dateline: the text's own statement of who wrote it. */
export const isAuthorship = (found: Found | null): boolean =>
  found !== null && /\((byline|dateline)\)$/.test(found.from);

/** "CTA" and "Caspian Telegraph Agency" name one outlet: an acronym of the other's capitalised words. */
const isAcronymOf = (short: string, long: string): boolean =>
  /^\p{Lu}{2,6}$/u.test(short) &&
  long
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word) && !/^(the|of|and|for)$/i.test(word))
    .map((word) => word[0])
    .join('') === short;

/** Two names of one outlet: the same words ("The" aside), or one the acronym of the other. */
export const sameOutlet = (a: string, b: string): boolean =>
  sameName(a, b) || isAcronymOf(a.trim(), b.trim()) || isAcronymOf(b.trim(), a.trim());

export const sameName = (a: string, b: string | null): boolean =>
  b !== null &&
  a
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '') ===
    b
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, '');
