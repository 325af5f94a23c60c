import { describe, expect, it } from 'vitest';
import { checkNarration } from '../../src/pipeline/story/story.ts';
import type { Citation } from '../../src/contract/story.ts';
import { checkAttribution, checkTense } from '../../src/pipeline/story/claims-check.ts';
import { checkDescriptions } from '../../src/pipeline/story/description-claims.ts';
import { runPipeline } from '../../src/pipeline/build.ts';
import { readInputs } from '../../src/pipeline/node/read-inputs.ts';
import { ROOT } from './fixtures.ts';
import { articleOf } from './text-articles.ts';

const source = { outlet: 'Ledger', title: 'T', author: null, date: null };
const cite = (...texts: string[]): Citation[] =>
  texts.map((text, index) => ({
    id: `a#p${index}`,
    article: 'a',
    paragraph: index,
    section: 'body',
    text,
    meta: source,
    source,
    reference: 'Ledger. n.d. “T.”',
  }));
const messages = (narration: string, ...texts: string[]) =>
  checkNarration('step 3 ("Talks")', narration, cite(...texts)).map((problem) => problem.message);

describe('a step says happened only what a cited paragraph says happened', () => {
  it('refuses "met" when its cited paragraph only says "set to meet", naming the step and the word', () => {
    expect(
      messages('The envoys met in Lindau.', 'Envoys from Veska and Orlan are set to meet in Lindau.'),
    ).toEqual(['step 3 ("Talks"): says "met", but its cited paragraphs only schedule it ("set to meet")']);
  });
  it('refuses "opened" backed only by "will open", "later this week" or "scheduled to begin"', () => {
    for (const scheduled of [
      'The conference will open in Varna on Tuesday.',
      'The conference opens in Varna later this week.',
      'The conference is scheduled to begin in Varna.',
    ])
      expect(messages('The conference opened in Varna.', scheduled)[0], scheduled).toMatch(
        /^step 3 \("Talks"\): says "opened", but its cited paragraphs only schedule it/,
      );
  });
  it('accepts an event a cited paragraph reports, in its own words of the same event', () => {
    expect(messages('Talks began in Lindau.', 'Talks opened in Lindau on Monday.')).toEqual([]);
    expect(messages('The envoys met in Lindau.', 'The envoys met for four hours.')).toEqual([]);
    expect(
      messages('The leader joined by video link.', 'The leader attends the summit by video link.'),
    ).toEqual([]);
    expect(messages('Paratroopers arrived in Tarsk.', 'Paratroopers landed in Tarsk overnight.')).toEqual([]);
  });
  it('lets a step schedule what its sources schedule', () => {
    expect(
      messages('The envoys were set to meet in Lindau.', 'Envoys are set to meet in Lindau later this week.'),
    ).toEqual([]);
  });
  it('names a word no cited paragraph backs at all', () => {
    expect(checkTense('Troops arrived in Varna.', ['Varna is quiet.'])).toEqual([
      { kind: 'unbacked', word: 'arrived' },
    ]);
  });
});

describe("an analyst's claim is narrated as his", () => {
  const lee =
    'Some of the forces that would normally guard Tarsk are currently stationed along the Orlan border, according to Vance.';
  it('refuses a restatement as fact, naming who the source credits', () => {
    expect(
      messages(
        'Some of the forces that would normally guard Tarsk were stationed along the Orlan border.',
        lee,
      ),
    ).toEqual([
      'step 3 ("Talks"): states as fact what its cited paragraph credits to Vance ("Some of the forces that would normally guard Tarsk were stationed along the Orlan border."): narrate it as theirs',
    ]);
  });
  it('accepts it credited by name or by a reporting word', () => {
    expect(
      checkAttribution(
        'Vance says forces that would normally guard Tarsk were stationed along the Orlan border.',
        [lee],
      ),
    ).toEqual([]);
    expect(
      checkAttribution(
        'For some analysts, forces that would guard Tarsk were stationed on the Orlan border.',
        [lee],
      ),
    ).toEqual([]);
  });
  it('leaves alone what the outlet states in its own voice', () => {
    expect(
      checkAttribution('Forces that would guard Tarsk were stationed along the Orlan border.', [
        'Forces that would guard Tarsk are stationed along the Orlan border.',
      ]),
    ).toEqual([]);
  });
});

describe('descriptions claim only what they cite', () => {
  const article = articleOf('ledger', ['Envoys are set to meet in Lindau.'], {
    outlet: 'Ledger',
    title: 'T',
  });
  it('refuses a description that says "met" citing a schedule, or citing nothing, or an unknown paragraph', () => {
    expect(
      checkDescriptions(
        [
          { id: 'lindau', description: 'Envoys met here.', cite: ['ledger#p0'] },
          { id: 'varna', description: 'Envoys met here.', cite: [] },
          { id: 'tarsk', description: 'A city.', cite: ['ledger#p7'] },
        ],
        [article],
      ),
    ).toEqual([
      {
        featureId: 'lindau',
        message: 'description says "met", but its cited paragraphs only schedule it ("set to meet")',
      },
      {
        featureId: 'varna',
        message: 'description says "met", but cites no paragraph (add "cite": ["<article>#p<n>"])',
      },
      { featureId: 'tarsk', message: 'description cites unknown excerpt "ledger#p7"' },
    ]);
  });

  it('fails the build naming the file, the feature and the word (the Brussels description as it was)', () => {
    const inputs = readInputs({ root: ROOT });
    const asItWas = (text: string) => {
      const layer = JSON.parse(text) as { features: Array<{ properties: Record<string, unknown> }> };
      for (const feature of layer.features)
        if (feature.properties['id'] === 'brussels')
          feature.properties['description'] =
            'The NATO-Russia Council met in Brussels on 12 January (RFE/RL, Axios).';
      return JSON.stringify(layer);
    };
    const geoFiles = inputs.geoFiles.map((file) =>
      file.file.endsWith('talks.geojson') ? { ...file, text: asItWas(file.text) } : file,
    );
    const problems = runPipeline({ ...inputs, geoFiles }).report.problems;
    expect(problems).toContainEqual({
      file: 'geo/talks.geojson',
      message:
        'feature "brussels": description says "met", but its cited paragraphs only schedule it ("will also … meeting")',
    });
  });
});
