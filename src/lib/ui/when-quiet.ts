/** Input that says the reader is at work: pointing, clicking, typing, scrolling, touching. */
export const READER_INPUT = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Runs `callback` once the reader has given no input for `quietMs` (counted from now), and returns
 * what cancels it: for background work (installing the offline cache, warming the search) that would
 * otherwise take the machine's cores in the very seconds the reader clicks, steps the slider or types.
 * Listens on `target` (the window) in the capture phase, so no handler can hide input from it.
 */
export function whenQuiet(callback: () => void, quietMs: number, target: EventTarget = window): () => void {
  if (!(quietMs >= 0)) throw new RangeError(`whenQuiet: quietMs must be a number ≥ 0, not ${quietMs}`);
  let last = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const heard = () => {
    last = performance.now();
  };
  const options = { capture: true, passive: true } as const;
  const stop = () => {
    clearTimeout(timer);
    for (const type of READER_INPUT) target.removeEventListener(type, heard, options);
  };
  // One timer, moved on when it fires early, rather than one reset per pointer move.
  const check = () => {
    const left = last + quietMs - performance.now();
    if (left > 0) {
      timer = setTimeout(check, left);
      return;
    }
    stop();
    callback();
  };
  for (const type of READER_INPUT) target.addEventListener(type, heard, options);
  timer = setTimeout(check, quietMs);
  return stop;
}
