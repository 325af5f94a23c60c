import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READER_INPUT, whenQuiet } from '../../src/lib/ui/when-quiet.ts';

describe('whenQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once the reader has been quiet for the whole span, counted from the last input', () => {
    const target = new EventTarget();
    const done = vi.fn();
    whenQuiet(done, 2000, target);
    vi.advanceTimersByTime(1500);
    target.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(1500);
    expect(done).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(1999);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
    // Once run, later input runs nothing again.
    target.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(10_000);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('hears every kind of reader input, and nothing else', () => {
    for (const type of READER_INPUT) {
      const target = new EventTarget();
      const done = vi.fn();
      whenQuiet(done, 100, target);
      vi.advanceTimersByTime(90);
      target.dispatchEvent(new Event(type));
      vi.advanceTimersByTime(90);
      expect(done, type).not.toHaveBeenCalled();
      vi.advanceTimersByTime(10);
      expect(done, type).toHaveBeenCalledTimes(1);
    }
    const target = new EventTarget();
    const done = vi.fn();
    whenQuiet(done, 100, target);
    vi.advanceTimersByTime(90);
    target.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(10);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('is cancelled by what it returns, and stops listening', () => {
    const target = new EventTarget();
    const remove = vi.spyOn(target, 'removeEventListener');
    const done = vi.fn();
    const cancel = whenQuiet(done, 100, target);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(done).not.toHaveBeenCalled();
    expect(remove).toHaveBeenCalledTimes(READER_INPUT.length);
  });

  it('refuses a span that is not a number of milliseconds', () => {
    expect(() => whenQuiet(() => {}, Number.NaN, new EventTarget())).toThrow(/quietMs.*NaN/);
    expect(() => whenQuiet(() => {}, -1, new EventTarget())).toThrow(/quietMs.*-1/);
  });
});
