/**
 * Kinds of page furniture that an HTML page marks in its markup: never article text. Each kind
 * names the reason its text is reported with. Matched on tag names, roles, and words in class and id.
 */
export interface FurnitureKind {
  reason: string;
  selector: string;
}

const classOrId = (...words: string[]) =>
  words.flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`]).join(', ');

export const FURNITURE: readonly FurnitureKind[] = [
  { reason: 'script', selector: 'script, noscript, template' },
  { reason: 'style', selector: 'style, link' },
  { reason: 'cookie banner', selector: classOrId('cookie', 'consent', 'gdpr') },
  {
    reason: 'newsletter box',
    selector: classOrId('newsletter', 'signup', 'sign-up', 'subscribe', 'paywall'),
  },
  {
    reason: 'related-link list',
    selector: classOrId(
      'related',
      'recommended',
      'more-stories',
      'read-more',
      'readmore',
      'outbrain',
      'taboola',
      'trending',
      'most-read',
      'most-popular',
    ),
  },
  { reason: 'share widget', selector: classOrId('share', 'social') },
  {
    reason: 'advertisement',
    selector: `${classOrId('advert', 'sponsor', 'promo')}, [class~="ad" i], [id^="ad-" i]`,
  },
  { reason: 'comments', selector: classOrId('comments') },
  {
    reason: 'site navigation',
    selector: 'nav, [role="navigation"], [role="menu"], ' + classOrId('breadcrumb', 'menu', 'skip-link'),
  },
  { reason: 'page footer', selector: 'footer, [role="contentinfo"]' },
  {
    reason: 'form or control',
    selector: 'form, button, select, input, textarea, iframe, svg, canvas, dialog',
  },
  { reason: 'aside', selector: 'aside, [role="complementary"]' },
];

/** The kind of furniture `element` is or sits in, or null for possible article text. */
export function furnitureOf(element: Element, pageTextLength: number): FurnitureKind | null {
  for (const kind of FURNITURE) {
    let candidate = element.closest(kind.selector);
    while (candidate && holdsTheArticle(candidate, pageTextLength))
      candidate = candidate.parentElement?.closest(kind.selector) ?? null;
    if (candidate) return kind;
  }
  return null;
}

/** Takes every furniture element out of the document (before the article is extracted). */
export function removeFurniture(document: Document): void {
  const total = textLength(document.body);
  for (const kind of FURNITURE)
    for (const element of [...document.querySelectorAll(kind.selector)])
      if (!holdsTheArticle(element, total)) element.remove();
}

/**
 * A wrapper whose class merely holds a furniture word ("has-share-bar") is not furniture when the
 * article is inside it.
 */
export function holdsTheArticle(element: Element, pageTextLength: number): boolean {
  if (element.matches('article, main, body, html')) return true;
  if (element.querySelector('article, main, h1, [itemprop="articleBody"]')) return true;
  return (
    pageTextLength > 0 && textLength(element) > pageTextLength / 2 && element.querySelectorAll('p').length > 3
  );
}

const textLength = (element: Element | null): number =>
  element?.textContent?.replace(/\s+/g, ' ').length ?? 0;
