import type { Padding } from './map-camera.svelte.ts';

/**
 * The part of the map that the side panel covers, from its slot: a column on the right on a wide
 * screen, a sheet at the bottom on a phone (where the slot is fixed to the viewport's foot).
 */
export function coverOf(slot: { width: number; height: number }, sheet: boolean): Padding {
  return sheet
    ? { top: 0, right: 0, bottom: slot.height, left: 0 }
    : { top: 0, right: slot.width, bottom: 0, left: 0 };
}

/** Follows the slot's size (and layout) and reports the room it covers; returns what stops it. */
export function watchCover(slot: HTMLElement, report: (cover: Padding) => void): () => void {
  const measure = () =>
    report(
      coverOf(
        { width: slot.offsetWidth, height: slot.offsetHeight },
        getComputedStyle(slot).position === 'fixed',
      ),
    );
  // Measured now, not only when the observer first reports (a frame later): a feature chosen from the
  // list or the search is framed in a microtask, and must already know what the panel covers.
  measure();
  if (typeof ResizeObserver !== 'function') return () => {};
  const observer = new ResizeObserver(measure);
  observer.observe(slot);
  return () => observer.disconnect();
}
