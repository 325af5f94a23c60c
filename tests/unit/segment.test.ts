import { describe, expect, it } from 'vitest';
import { segmentArticle, splitSentences } from '../../src/pipeline/text/page/segment.ts';

describe('segmentArticle', () => {
  it('gives paragraphs stable ids from the article id and their index', () => {
    const paragraphs = segmentArticle(
      '000_x',
      [
        { line: 3, section: 'body', text: 'One.' },
        { line: 5, section: 'caption', text: 'Two.' },
      ],
      { outlet: 'Outlet', title: null, author: null, date: null },
    );
    expect(paragraphs.map((paragraph) => [paragraph.id, paragraph.line, paragraph.section])).toEqual([
      ['000_x#p0', 3, 'body'],
      ['000_x#p1', 5, 'caption'],
    ]);
  });

  it('splits sentences with offsets that slice the paragraph exactly', () => {
    const text = 'Russia sent 2,500 troops. Talks began in Geneva on January 10! Would it last?';
    const sentences = splitSentences(text, 'a#p0');
    expect(sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual([
      'Russia sent 2,500 troops.',
      'Talks began in Geneva on January 10!',
      'Would it last?',
    ]);
    expect(sentences.map((sentence) => sentence.id)).toEqual(['a#p0s0', 'a#p0s1', 'a#p0s2']);
  });
});
