/** A wire dateline: "NUR-SULTAN, Jan 13 (Reuters) -", "MOSCOW (AP) —", "ALMATY (Reuters) -Fresh…". */
export interface Dateline {
  place: string;
  /** The agency in brackets: the outlet that wrote the text. Null when the dateline names none. */
  outlet: string | null;
  /** The dateline as written, separator included. */
  text: string;
}

const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’]*(?:[ -]\p{Lu}[\p{Lu}\p{M}.'’]*){0,3}`;
const DATELINE = new RegExp(
  String.raw`^(${PLACE})(?:,\s*[^()\n–—]{1,40}?)?\s*(?:\(([^()\n]{1,40})\))?\s*[-–—]{1,2}\s*(?=\S)`,
  'u',
);

export function parseDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const place = match[1] ?? '';
  // A place is written in capitals and has at least three letters ("US -" is not a dateline).
  if (place.replace(/[^\p{Lu}]/gu, '').length < 3) return null;
  const outlet = match[2]?.trim() || null;
  // "CSTO (Collective Security Treaty Organization) —" spells out a name; it is no dateline.
  if (outlet && initials(outlet) === place.replace(/[^\p{Lu}]/gu, '')) return null;
  return { place, outlet, text: match[0].trim() };
}

const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
