import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFigure, type FigureReading } from '../../src/pipeline/text/figures/modality.ts';
import { ROOT } from './fixtures.ts';

/** Reads the figure `words` in `sentence`. */
function read(sentence: string, words: string): FigureReading {
  const start = sentence.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${sentence}"`);
  return readFigure(sentence, start, start + words.length);
}

/** Invented sentences in many outlets' styles: [sentence, figure words, modality, attributedTo]. */
type Case = [string, string, FigureReading['modality'], string | null];
const CASES: Case[] = [
  // Reported: the outlet states it.
  ['Russia has amassed some 100,000 combat-ready troops along the border.', 'some 100,000', 'reported', null],
  [
    'More than 90,000 Russian troops have been deployed along its border.',
    'More than 90,000',
    'reported',
    null,
  ],
  [
    'Over 100,000 Russian soldiers are estimated to be deployed near the frontier.',
    'Over 100,000',
    'reported',
    null,
  ],
  ['At least 164 people were killed nationwide during the week of unrest.', 'At least 164', 'reported', null],
  ['The mission is 2,500 troops, the bloc’s first.', '2,500', 'reported', null],
  [
    'Veska, which could still call up reservists, has 30,000 soldiers on the Orlan frontier.',
    '30,000',
    'reported',
    null,
  ],
  [
    'Analysts are divided over how the crisis could affect Orlan, along whose border Veska has massed 60,000 troops.',
    '60,000',
    'reported',
    null,
  ],
  ['As many as 300 people may have died in the fire.', 'As many as 300', 'reported', null],
  ['The 40,000 troops could invade within days.', '40,000', 'reported', null],
  // Projected: a possibility, a plan or a forecast is not a count.
  ['The buildup could eventually reach 175,000 Russian troops.', '175,000', 'projected', null],
  ['Moscow may send up to 50,000 more soldiers in the spring.', 'up to 50,000', 'projected', null],
  ['The alliance is expected to deploy 4,000 peacekeepers.', '4,000', 'projected', null],
  ['Kessa plans to reach 20,000 border guards by 2025.', '20,000', 'projected', null],
  ['An estimated 175,000 troops could be massed by late January.', 'An estimated 175,000', 'projected', null],
  [
    'More deaths are in the offing if Veska sends an invasion force of one hundred thousand into the country.',
    'one hundred thousand',
    'projected',
    null,
  ],
  ['Orlan will send 1,200 paratroopers to Lindau.', '1,200', 'projected', null],
  [
    'U.S. intelligence officials warned that the force could grow to 175,000, according to a document seen by the Post.',
    '175,000',
    'projected',
    'a document seen by the Post',
  ],
  // Attributed: someone is said to state it.
  [
    "Ukraine's defence ministry said on Sunday that more than 90,000 Russian troops have been deployed along its border.",
    'more than 90,000',
    'attributed',
    "Ukraine's defence ministry",
  ],
  ['The death toll rose to 225, according to the United Nations.', '225', 'attributed', 'the United Nations'],
  [
    'Rob Vance, a military analyst at the Halden Institute, told the Ledger that Veska has amassed hundreds of thousands of troops.',
    'hundreds of thousands',
    'attributed',
    'Rob Vance',
  ],
  ['“There are 80,000 soldiers there now,” Marta Ilves said.', '80,000', 'attributed', 'Marta Ilves'],
  ['Nearly 70 protesters were detained, said the city police.', 'Nearly 70', 'attributed', 'the city police'],
  [
    'Eight police were killed, the state agency Orlpress quoted the Kessa interior ministry as saying.',
    'Eight',
    'attributed',
    'the Kessa interior ministry',
  ],
  [
    'Police in Lindau said they had killed dozens of rioters overnight.',
    'dozens',
    'attributed',
    'Police in Lindau',
  ],
  [
    'Over 100,000 troops are estimated by Western intelligence to be deployed.',
    'Over 100,000',
    'attributed',
    'Western intelligence',
  ],
  [
    'The bloc’s secretary general, Anton Varis, said in an interview with Orlpress that the force is about 2,500 people.',
    'about 2,500',
    'attributed',
    'The bloc’s secretary general, Anton Varis',
  ],
  ['Authorities have said at least 18 officers died.', 'at least 18', 'attributed', 'Authorities'],
  // Said to be stated, by no one named.
  [
    'The leader then claimed the unrest that was reported to have killed some 164 people was foreign-made.',
    'some 164',
    'attributed',
    null,
  ],
  ['As of Thursday, dozens have been reported dead.', 'dozens', 'attributed', null],
  ['Some 3,000 troops reportedly crossed at dawn.', 'Some 3,000', 'attributed', null],
];

describe('readFigure: reported, attributed or projected', () => {
  it.each(CASES)('%s [%s]', (sentence, words, modality, attributedTo) => {
    expect(read(sentence, words)).toEqual({ modality, attributedTo });
  });

  it('reads only the clause that holds the figure', () => {
    const sentence = 'Veska has 30,000 troops in Tarsk; it could send 10,000 more.';
    expect(read(sentence, '30,000').modality).toBe('reported');
    expect(read(sentence, '10,000').modality).toBe('projected');
  });
});

describe('held-out sentences (not read while the rules were tuned)', () => {
  const file = join(ROOT, 'tests/fixtures/figure-sentences/held-out.json');
  const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] };
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  it.each(cases)('%s [%s]', (sentence, words, modality, attributedTo) => {
    expect(read(sentence, words)).toEqual({ modality, attributedTo });
  });
});
