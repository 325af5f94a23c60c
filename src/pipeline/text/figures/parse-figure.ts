import type { FigureNumber } from '../../../contract/dataset.ts';

/**
 * Figures as numbers: "fourteen thousand" is 14,000; "more than 13,000" is [13000, null];
 * "some 100,000" is about 100,000 (±10%); "hundreds of thousands" is [200000, null]; "dozens" is
 * [24, 99]. Every figure keeps the character span of the words that state it.
 */
export interface Figure {
  number: FigureNumber;
  /** Character offsets of the figure's words (qualifier included) in the text given. */
  start: number;
  end: number;
  text: string;
}

/** How far "about" reaches either side of the figure. */
export const APPROXIMATE = 0.1;

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** Vague quantities, longest first: their range as a reader would take it. */
const VAGUE: Array<[string[], FigureNumber]> = [
  [
    ['hundreds', 'of', 'thousands'],
    [200_000, null],
  ],
  [
    ['tens', 'of', 'thousands'],
    [20_000, 99_999],
  ],
  [['a', 'dozen'], 12],
  [['dozens'], [24, 99]],
  [['scores'], [40, 99]],
  [['hundreds'], [200, 999]],
  [['thousands'], [2_000, 9_999]],
  [['millions'], [2_000_000, null]],
];

type Bound = 'more' | 'least' | 'upTo' | 'nearly' | 'about' | 'less';
const QUALIFIERS: Array<[string[], Bound]> = [
  [['more', 'than'], 'more'],
  [['over'], 'more'],
  [['upwards', 'of'], 'more'],
  [['in', 'excess', 'of'], 'more'],
  [['at', 'least'], 'least'],
  [['no', 'fewer', 'than'], 'least'],
  [['up', 'to'], 'upTo'],
  [['as', 'many', 'as'], 'upTo'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['just', 'under'], 'nearly'],
  [['close', 'to'], 'about'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['some'], 'about'],
  [['an', 'estimated'], 'about'],
  [['estimated'], 'about'],
  [['fewer', 'than'], 'less'],
  [['less', 'than'], 'less'],
  [['under'], 'less'],
];

interface Word {
  word: string;
  start: number;
  end: number;
}

const WORD = /\d[\d,]*(?:\.\d+)?\p{L}*|\p{L}+/gu;

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const matchesAt = (list: readonly Word[], at: number, phrase: readonly string[]) =>
  phrase.every((word, offset) => list[at + offset]?.word === word);

/** A number stated in digits or words at `at`: its value and how many words it takes. */
function numberAt(list: readonly Word[], at: number): { value: number; length: number } | null {
  const first = list[at];
  if (!first) return null;
  if (/^\d/.test(first.word)) {
    // "41st" is an ordinal, "2,500" a number.
    const digits = first.word.replace(/,(?=\d{3}(?:\D|$))/g, '');
    if (!/^\d+(\.\d+)?$/.test(digits)) return null;
    let value = Number(digits);
    let length = 1;
    const scale = SCALES[list[at + 1]?.word ?? ''];
    if (scale && scale >= 1_000) {
      value *= scale;
      length += 1;
    }
    return { value, length };
  }
  // Written numbers: "fourteen thousand", "one hundred thousand", "a hundred", "twenty five".
  let total = 0;
  let current = 0;
  let length = 0;
  let seen = false;
  for (let cursor = at; cursor < list.length; cursor += 1) {
    const word = list[cursor]!.word;
    if (word in UNITS) {
      current += UNITS[word]!;
      seen = true;
    } else if (word in SCALES && (seen || word === 'hundred')) {
      const scale = SCALES[word]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else if (word === 'a' && cursor === at && SCALES[list[cursor + 1]?.word ?? '']) {
      current = 1;
    } else if (word === 'and' && seen && list[cursor + 1]?.word && list[cursor + 1]!.word in UNITS) {
      // "one hundred and fifty"
    } else break;
    length = cursor - at + 1;
  }
  if (!seen) return null;
  return { value: total + current, length };
}

function bounded(value: number, bound: Bound | null): FigureNumber {
  switch (bound) {
    case 'more':
    case 'least':
      return [value, null];
    case 'upTo':
    case 'less':
      return [0, value];
    case 'nearly':
      return [Math.round(value * (1 - APPROXIMATE)), value];
    case 'about':
      return [Math.round(value * (1 - APPROXIMATE)), Math.round(value * (1 + APPROXIMATE))];
    default:
      return value;
  }
}

/** Every figure stated in the text, in order. */
export function findFigures(text: string): Figure[] {
  const list = words(text);
  const figures: Figure[] = [];
  let at = 0;
  while (at < list.length) {
    let bound: Bound | null = null;
    let qualifierLength = 0;
    for (const [phrase, kind] of QUALIFIERS) {
      if (matchesAt(list, at, phrase)) {
        bound = kind;
        qualifierLength = phrase.length;
        break;
      }
    }
    const from = at + qualifierLength;
    const vague = VAGUE.find(([phrase]) => matchesAt(list, from, phrase));
    const number = vague ? null : numberAt(list, from);
    const length = vague ? vague[0].length : number?.length;
    if (length === undefined || (!vague && !number)) {
      at += 1;
      continue;
    }
    const value: FigureNumber = vague ? vague[1] : bounded(number!.value, bound);
    const start = list[qualifierLength > 0 && (number || vague) ? at : from]!.start;
    const end = list[from + length - 1]!.end;
    figures.push({ number: value, start, end, text: text.slice(start, end) });
    at = from + length;
  }
  return figures;
}

/** The figure a claim states ("more than 13,000"), or null when it states none. */
export function parseFigure(text: string): FigureNumber | null {
  return findFigures(text)[0]?.number ?? null;
}
