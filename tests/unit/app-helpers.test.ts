import { describe, expect, it } from 'vitest';
import { legendValues, MAX_SYMBOL_RADIUS, troopScale } from '../../src/pipeline/troop-scale.ts';
import { markRuns } from '../../src/lib/ui/highlight.ts';
import { distinctIds, hitBox } from '../../src/lib/map/pick.ts';
import { graticule } from '../../src/lib/map/graticule.ts';
import { realData } from './fixtures.ts';

describe('troopScale', () => {
  it('makes circle area proportional to troops', () => {
    const scale = troopScale(100_000);
    const area = (value: number) => Math.PI * scale(value) ** 2;
    expect(area(100_000) / area(2_500)).toBeCloseTo(40, 6);
    expect(scale(100_000)).toBe(MAX_SYMBOL_RADIUS);
  });
  it('refuses a maximum that is not positive', () => {
    expect(() => troopScale(0)).toThrow(/positive/);
  });
  it('is applied by the pipeline: each feature ships its radius, the legend its circles, on one scale', () => {
    const { features, troopLegend } = realData().mapData;
    const withTroops = features.flatMap((feature) => (feature.troops ? [feature.troops] : []));
    expect(withTroops.length).toBeGreaterThan(1);
    const scale = troopScale(Math.max(...withTroops.map((troops) => troops.value)));
    for (const troops of withTroops) expect(troops.radius).toBeCloseTo(scale(troops.value), 4);
    expect(troopLegend.map((tick) => tick.value)).toEqual(
      legendValues(withTroops.map((troops) => troops.value)),
    );
    for (const tick of troopLegend) expect(tick.radius).toBeCloseTo(scale(tick.value), 4);
    expect(troopLegend[0]!.radius).toBeCloseTo(MAX_SYMBOL_RADIUS, 4);
  });
  it('gives the legend the real extremes and a round middle', () => {
    expect(legendValues([100_000, 2_500])).toEqual([100_000, 20_000, 2_500]);
    expect(legendValues([])).toEqual([]);
  });
});

describe('markRuns', () => {
  it('splits text into marked and plain runs that join back to the text', () => {
    const runs = markRuns('Troops in Almaty and Geneva', [
      { start: 21, end: 27 },
      { start: 10, end: 16 },
    ]);
    expect(runs.map((run) => run.text).join('')).toBe('Troops in Almaty and Geneva');
    expect(runs.filter((run) => run.marked).map((run) => run.text)).toEqual(['Almaty', 'Geneva']);
  });
  it('ignores marks outside the text and merges overlaps', () => {
    expect(
      markRuns('abc', [
        { start: 2, end: 9 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ]),
    ).toEqual([
      { text: 'ab', marked: true },
      { text: 'c', marked: true },
    ]);
  });
});

describe('picking', () => {
  it('keeps the topmost occurrence of each feature id', () => {
    expect(
      distinctIds([
        { properties: { id: 'almaty' } },
        { properties: { id: 'kazakhstan' } },
        { properties: { id: 'almaty' } },
        { properties: null },
      ]),
    ).toEqual(['almaty', 'kazakhstan']);
  });
  it('looks for a hit in a square around the pointer', () => {
    expect(hitBox(10, 20, 5)).toEqual([
      [5, 15],
      [15, 25],
    ]);
  });
});

describe('graticule', () => {
  it('draws meridians and parallels at the step', () => {
    expect(graticule(30).features).toHaveLength(13 + 6);
    expect(() => graticule(0)).toThrow();
  });
});
