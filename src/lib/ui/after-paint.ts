/**
 * Runs `callback` once the browser has painted the current frame (the frame after next begins), and
 * returns what cancels it: for work that should not hold up what the user sees first. Where there
 * are no animation frames (a DOM without rendering), it runs on the next task.
 */
export function afterPaint(callback: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  let frame = requestAnimationFrame(() => {
    // This frame is the one being painted; the next one starts after it is on screen.
    frame = requestAnimationFrame(callback);
  });
  return () => cancelAnimationFrame(frame);
}

/**
 * Moves focus to `target()` once the current frame is painted (focusing forces styles and layout at
 * once, which would hold the frame back), unless the reader has moved focus somewhere else meanwhile:
 * a late focus must never pull the caret out of a box the reader has started typing in. Returns what
 * cancels it.
 */
export function focusAfterPaint(target: () => HTMLElement | null | undefined): () => void {
  const before = document.activeElement;
  return afterPaint(() => {
    const now = document.activeElement;
    if (now !== before && now !== null && now !== document.body) return;
    target()?.focus();
  });
}
