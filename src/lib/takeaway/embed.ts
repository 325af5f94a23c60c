/** `?embed` (DESIGN.md §3): the page is inside another site's iframe. */
export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).has('embed');
}

/**
 * In an embed every link opens the full app (or its source) in a new tab, never inside the frame: a
 * `<base target="_blank">` (no href, so `base-uri` is untouched). Returns the cleanup.
 */
export function linksOpenInNewTab(document: Document): () => void {
  const base = document.createElement('base');
  base.target = '_blank';
  document.head.prepend(base);
  return () => base.remove();
}
