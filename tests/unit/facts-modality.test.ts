// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import FactsBlock from '../../src/lib/panel/FactsBlock.svelte';
import type { ResolvedClaim } from '../../src/contract/dataset.ts';
import { modalityLine, splitProjections } from '../../src/lib/panel/claim-modality.ts';

afterEach(() => cleanup());

const claim = (
  value: string,
  modality: ResolvedClaim['modality'],
  attributedTo: string | null = null,
): ResolvedClaim => ({
  value,
  number: 1,
  asOf: null,
  quote: `They said ${value}.`,
  article: 'a',
  paragraph: 0,
  start: 0,
  end: 1,
  source: { outlet: 'Ledger', title: 'T', author: null, date: null },
  modality,
  attributedTo,
});

describe('modalityLine', () => {
  it("says who states a figure, and that a projection is not a count; the outlet's own needs no line", () => {
    expect(modalityLine(claim('90,000', 'attributed', "Ukraine's defence ministry"))).toBe(
      "per Ukraine's defence ministry",
    );
    expect(modalityLine(claim('dozens', 'attributed'))).toBe('reportedly (no source named)');
    expect(modalityLine(claim('175,000', 'projected'))).toBe('projected: not a count');
    expect(modalityLine(claim('175,000', 'projected', 'officials in Lindau'))).toBe(
      'projected, per officials in Lindau: not a count',
    );
    expect(modalityLine(claim('100,000', 'reported'))).toBeNull();
  });
  it('splits projections from counted claims, keeping their order', () => {
    const claims = [claim('1', 'reported'), claim('2', 'projected'), claim('3', 'attributed', 'X')];
    const { counted, projected } = splitProjections(claims);
    expect(counted.map((item) => item.value)).toEqual(['1', '3']);
    expect(projected.map((item) => item.value)).toEqual(['2']);
  });
});

describe('FactsBlock shows how each figure is stated', () => {
  it('lists a projection apart, outside the side-by-side comparison, and credits an attributed figure', () => {
    const { container } = render(FactsBlock, {
      facts: [
        {
          label: 'Troops on the border',
          verdict: 'agree',
          claims: [
            claim('some 100,000', 'reported'),
            claim('more than 90,000', 'attributed', "Ukraine's defence ministry"),
            claim('175,000', 'projected'),
          ],
        },
      ],
      onread: () => {},
    });
    const counted = [...container.querySelectorAll('.claims:not(.projections) .claim .value')];
    expect(counted.map((item) => item.textContent)).toEqual(['some 100,000', 'more than 90,000']);
    const projected = container.querySelector('.projections');
    expect([...projected!.querySelectorAll('.value')].map((item) => item.textContent)).toEqual(['175,000']);
    expect(projected!.querySelector('.modality')?.textContent).toBe('projected: not a count');
    expect(container.querySelector('.projections-label')?.textContent).toMatch(/not counted in the verdict/);
    expect([...container.querySelectorAll('.modality')].map((item) => item.textContent)).toEqual([
      "per Ukraine's defence ministry",
      'projected: not a count',
    ]);
    expect(container.querySelector('.flag')?.textContent).toBe('Sources agree');
  });
  it('raises no flag when only one counted claim stands beside a projection', () => {
    const { container } = render(FactsBlock, {
      facts: [
        {
          label: 'Troops',
          verdict: 'single',
          claims: [claim('100,000', 'reported'), claim('175,000', 'projected')],
        },
      ],
      onread: () => {},
    });
    expect(container.querySelector('.flag')).toBeNull();
  });
});
