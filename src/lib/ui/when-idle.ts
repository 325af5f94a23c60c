/**
 * Runs `callback` once the browser is idle (at the latest after `timeout` ms); returns a cancel for an
 * effect's cleanup. Without requestIdleCallback (Safari), a plain timer stands in.
 */
export function whenIdle(callback: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, Math.min(timeout, 300));
  return () => window.clearTimeout(handle);
}
