/**
 * Links to a view. The deep link is the full app at the same state (never the embed); the embed URL is
 * the same state with `?embed`; the snippet is an iframe a newsroom pastes into its page.
 */
import { isCalendarDay } from '../../contract/days.ts';

/** The page's URL without `embed` in its query: what a reader opens in a new tab. */
export function fullAppUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.toString();
}

/** The same view for an iframe: `?embed` before the hash (DESIGN.md §3). */
export function embedUrl(href: string): string {
  const url = new URL(fullAppUrl(href));
  const query = url.search ? `${url.search}&embed` : '?embed';
  return `${url.origin}${url.pathname}${query}${url.hash}`;
}

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An iframe snippet for the view, sized for a page column, with its title for screen readers. */
export function embedSnippet(href: string, title: string, size = { width: 800, height: 600 }): string {
  return (
    `<iframe src="${attribute(embedUrl(href))}" title="${attribute(title)}" ` +
    `width="${size.width}" height="${size.height}" style="border:0;max-width:100%" loading="lazy" ` +
    `allow="fullscreen"></iframe>`
  );
}

/** The "as known on" date of a hash (`&asof=YYYY-MM-DD`, DESIGN.md §3), or null when absent or malformed. */
export function asOfFromHash(hash: string): string | null {
  const day = /(?:^#|&)asof=([^&]*)/.exec(hash)?.[1];
  return day !== undefined && isCalendarDay(day) ? day : null;
}
