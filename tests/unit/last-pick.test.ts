import { describe, expect, it } from 'vitest';
import { LastPick } from '../../src/lib/map/pick.ts';

describe('LastPick', () => {
  /** A map whose answer at a point changes whenever it is asked again: a reused answer is visible. */
  function setup() {
    let drawn = 0;
    const asked: Array<{ x: number; y: number }> = [];
    const pick = new LastPick(
      (point) => {
        asked.push(point);
        return [`found-${asked.length}`];
      },
      () => drawn,
    );
    return { pick, asked, redraw: () => (drawn += 1) };
  }

  it('answers a click at the point the pointer last moved to without asking the map again', () => {
    const { pick, asked } = setup();
    expect(pick.at({ x: 10, y: 20 })).toEqual(['found-1']);
    expect(pick.at({ x: 10, y: 20 })).toEqual(['found-1']);
    expect(asked).toHaveLength(1);
  });

  it('asks again once the map has redrawn (a toggle, a camera move, a highlight)', () => {
    const { pick, asked, redraw } = setup();
    pick.at({ x: 10, y: 20 });
    redraw();
    expect(pick.at({ x: 10, y: 20 })).toEqual(['found-2']);
    expect(asked).toHaveLength(2);
  });

  it('asks again at another point, and forgets the first', () => {
    const { pick, asked } = setup();
    pick.at({ x: 10, y: 20 });
    expect(pick.at({ x: 11, y: 20 })).toEqual(['found-2']);
    expect(pick.at({ x: 10, y: 20 })).toEqual(['found-3']);
    expect(asked).toEqual([
      { x: 10, y: 20 },
      { x: 11, y: 20 },
      { x: 10, y: 20 },
    ]);
  });
});
