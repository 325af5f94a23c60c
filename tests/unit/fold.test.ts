import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldChar, foldForComparison, foldText } from '../../src/pipeline/text/fold.ts';

/** Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, two-em dash, small and full-width hyphen-minus, minus sign. */
const DASHES = [
  '-',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2E3A',
  '\uFE63',
  '\uFF0D',
  '\u2212',
];

describe('the one way text is folded for comparison', () => {
  it('reads every dash and the minus sign as a hyphen-minus, in a word and in a line', () => {
    for (const dash of DASHES) {
      expect(foldChar(dash), `U+${dash.codePointAt(0)!.toString(16)}`).toBe('-');
      expect(foldForComparison(`Novo${dash}Ogaryovo ${dash} talks`)).toBe('novo-ogaryovo - talks');
    }
    // Dashes are not other punctuation: a tilde, an underscore or a slash stays itself.
    expect(foldText('~_/')).toBe('~_/');
  });

  it('sets aside case, accents, curly quotes and kinds of space, one character for one', () => {
    const text = 'Almatý’s “Bloody\u00a0January” — ÉTAT';
    const folded = foldText(text);
    expect(folded).toBe('almaty\'s "bloody january" - etat');
    expect(folded).toHaveLength(text.length);
  });

  it('keeps every offset: the folded text is as long as the text, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(foldText(text)).toHaveLength(text.length);
      }),
    );
  });

  it('compares lines by the same rules, with runs of space and compatibility forms read alike', () => {
    const page = '  Kazakhstan’s   “Bloody January” —  Almatý…  ';
    const tags = 'kazakhstan\'s "bloody january" - almaty...';
    expect(foldForComparison(page)).toBe(tags);
    expect(foldForComparison(tags)).toBe(tags);
    expect(foldForComparison('The ﬁrst day')).toBe('the first day');
    // Different words stay different.
    expect(foldForComparison('Troops left Almaty')).not.toBe(foldForComparison('Troops reached Almaty'));
  });

  it('folds a line as its characters fold, but for spaces and compatibility forms', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aÉé’“”«»—–−‐ \u00a0\tKz'.split('')) }), (text) => {
        expect(foldForComparison(text)).toBe(foldText(text).replace(/ {2,}/g, ' ').trim());
      }),
    );
  });
});
