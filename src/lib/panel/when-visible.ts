/**
 * Calls `callback` each time `element` comes into view (scrolled to, in any scrolling ancestor), and
 * returns what stops watching. Where there is no IntersectionObserver (a DOM without layout), never.
 */
export function whenVisible(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver !== 'function') return () => {};
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) callback();
  });
  observer.observe(element);
  return () => observer.disconnect();
}
