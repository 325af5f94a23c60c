import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../src/pipeline/text/page/clean.ts';
import { readPage } from '../../src/pipeline/text/page/read-page.ts';
import { detectTextMeta } from '../../src/pipeline/text/page/text-meta.ts';

const page = (...lines: string[]) => lines.join('\n');

const wirePage = page(
  'The Harbour GazetteNews for the Bay',
  'Troops to stay in Almaty until order is restored, minister says',
  'Soldiers patrol a street in Almaty on January 8, 2022.',
  'Soldiers patrol a street in Almaty on January 8, 2022.',
  'By OLEG VANTER, Eurasia Wire',
  'January 9, 2022',
  'ALMATY (Eurasia Wire) — Troops from the alliance will stay in Almaty until order is restored, the defence minister said on Sunday.',
  'The minister did not say how many soldiers remain in the city.',
);

describe('the page model: every line labelled once, read by both the metadata and the paragraphs', () => {
  it('gives each non-blank line exactly one label, in page order', () => {
    const model = readPage(wirePage);
    expect(model.lines.map((entry) => entry.line.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(model.lines.map((entry) => entry.label)).toEqual([
      'furniture',
      'title',
      'caption',
      'caption',
      'byline',
      'meta',
      'body',
      'body',
    ]);
  });

  it('the metadata is read from the labelled lines: the byline line gives the author, the dateline the agency', () => {
    const model = readPage(wirePage);
    const meta = detectTextMeta(model);
    expect(meta.title?.value).toBe('Troops to stay in Almaty until order is restored, minister says');
    expect(meta.author?.value).toBe('OLEG VANTER');
    expect(meta.outlet?.value).toBe('Eurasia Wire');
    expect(meta.via?.value).toBe('The Harbour Gazette');
    expect(meta.date?.iso).toBe('2022-01-09');
  });

  it('the paragraphs are the kept labels; a line the metadata claimed is never a paragraph', () => {
    const cleaned = blocksOf(readPage(wirePage));
    expect(cleaned.blocks.map((block) => [block.line, block.section])).toEqual([
      [3, 'caption'],
      [7, 'body'],
      [8, 'body'],
    ]);
    expect(cleaned.dropped.map((line) => line.line)).toEqual([1, 2, 4, 5, 6]);
    expect(cleaned.dropped.find((line) => line.line === 4)?.reason).toBe('duplicate of line 3');
  });

  it("a curator's title labels its line, wherever the detected headline stands", () => {
    const model = readPage(wirePage, {
      title: 'The minister did not say how many soldiers remain in the city.',
    });
    expect(model.lines.find((entry) => entry.line.number === 8)?.label).toBe('title');
    expect(model.lines.find((entry) => entry.line.number === 2)?.label).not.toBe('title');
  });

  it('a credit line in the header that stands beside no caption credits every picture', () => {
    const model = readPage(
      page(
        'Harbour Monthly',
        'The border towns that watched the convoys pass',
        'Words by Dana Ruslan',
        'Photographs by Ivo Stenmark',
        'January 14, 2022',
        'Slide 1 of 2: Trucks wait at the border crossing near Petropavl on January 9, 2022.',
        'Slide 2 of 2: A woman walks past a closed bank in Petropavl on January 10, 2022. (Lena Koval/Steppe Wire)',
        'For three days in early January, the only news most people trusted came from relatives in Russia.',
      ),
    );
    const captions = model.lines.filter((entry) => entry.label === 'caption');
    expect(captions.map((entry) => entry.credit)).toEqual(['Ivo Stenmark', 'Lena Koval/Steppe Wire']);
    expect(model.lines.find((entry) => entry.line.number === 4)?.label).toBe('credit');
  });
});
