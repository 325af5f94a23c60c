import { parseStatedDate } from './dates.ts';
import { emptyPageMeta, type Found, type FoundDate, type PageMeta } from './stated-meta.ts';

/**
 * What an HTML page states about itself in machine-readable form: JSON-LD (a NewsArticle's headline,
 * author, publisher, datePublished), Open Graph and meta tags, and the first `<time datetime>` of the text.
 * Finders in order of precedence: JSON-LD, then tags, then `<time>`.
 */
export function readTagMeta(document: Document): PageMeta {
  const meta = emptyPageMeta();
  const article = jsonLdArticle(document, meta.notes);
  const tag = (selector: string): string | null =>
    document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const found = (value: string | null | undefined, from: string): Found | null =>
    value && value.trim() && !isUrl(value) ? { value: value.trim(), from } : null;
  const foundDate = (value: string | null | undefined, from: string): FoundDate | null => {
    const parsed = value ? parseStatedDate(value) : null;
    return value && parsed ? { value: value.trim(), iso: parsed.iso, from } : null;
  };

  meta.title =
    found(article && text(article['headline']), 'JSON-LD headline') ??
    found(tag('meta[property="og:title"]'), 'og:title') ??
    found(tag('meta[name="twitter:title"]'), 'twitter:title');
  meta.outlet =
    found(article && nameOf(article['publisher']), 'JSON-LD publisher') ??
    found(tag('meta[property="og:site_name"]'), 'og:site_name') ??
    found(tag('meta[name="application-name"]'), 'application-name');
  meta.author =
    found(article && nameOf(people(article['author'])), 'JSON-LD author') ??
    found(tag('meta[name="author"]'), 'meta author') ??
    found(tag('meta[property="article:author"]'), 'article:author');
  meta.date =
    foundDate(article && text(article['datePublished']), 'JSON-LD datePublished') ??
    foundDate(tag('meta[property="article:published_time"]'), 'article:published_time') ??
    foundDate(tag('meta[name="date"]'), 'meta date') ??
    publishedTime(document);
  if (meta.title && meta.outlet)
    meta.title = { ...meta.title, value: withoutSiteName(meta.title.value, meta.outlet.value) };
  return meta;
}

/** "Headline | Site" or "Headline - Site" in a title tag: the headline alone. */
function withoutSiteName(title: string, site: string): string {
  const match = /^(.+?)\s+[|–—-]\s+(.+)$/.exec(title);
  const siteKey = site.toLowerCase().replace(/^the\s+/, '');
  return match?.[1] && match[2]?.toLowerCase().replace(/^the\s+/, '') === siteKey ? match[1] : title;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle)$/;

function jsonLdArticle(document: Document, notes: string[]): JsonObject | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: Json;
    try {
      parsed = JSON.parse(script.textContent ?? '') as Json;
    } catch (error) {
      notes.push(`JSON-LD block is not valid JSON (${(error as Error).message}); tags used instead`);
      continue;
    }
    const found = objects(parsed).find((object) => typesOf(object).some((type) => ARTICLE_TYPES.test(type)));
    if (found) return found;
  }
  return null;
}

function objects(value: Json): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (value === null || typeof value !== 'object') return [];
  const graph = value['@graph'];
  return [value, ...(graph === undefined ? [] : objects(graph))];
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((entry): entry is string => typeof entry === 'string');
}

const text = (value: Json | undefined): string | null => (typeof value === 'string' ? value : null);

/** A person or organisation as JSON-LD writes it: a string, `{name}`, or a list of them. */
function nameOf(value: Json | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null);
    if (names.length <= 1) return names[0] ?? null;
    return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  }
  return typeof value === 'object' ? text(value['name']) : null;
}

/** Authors who are people: an organisation named as author is the outlet, not a writer. */
function people(value: Json | undefined): Json | undefined {
  if (Array.isArray(value)) return value.filter((entry) => !isOrganisation(entry));
  return value !== undefined && isOrganisation(value) ? undefined : value;
}

const isOrganisation = (value: Json): boolean =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  typesOf(value).some((type) => /Organization|NewsMediaOrganization|Corporation/.test(type));

const isUrl = (value: string) => /^(https?:)?\/\//i.test(value.trim());

/** The first `<time datetime>` in the text, not one inside a caption, a related list or a comment. */
function publishedTime(document: Document): FoundDate | null {
  for (const time of document.querySelectorAll('time[datetime]')) {
    if (time.closest('figure, figcaption, aside, nav, footer, [class*="related"], [class*="comment"]'))
      continue;
    const value = time.getAttribute('datetime') ?? '';
    const parsed = parseStatedDate(value);
    if (parsed) return { value, iso: parsed.iso, from: '<time datetime>' };
  }
  return null;
}
