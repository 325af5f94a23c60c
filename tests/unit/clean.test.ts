import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanArticle } from '../../src/pipeline/text/page/clean.ts';

const page = (...lines: string[]) => lines.join('\n');
const reasonOf = (result: ReturnType<typeof cleanArticle>, text: string) =>
  result.dropped.find((line) => line.text === text)?.reason;

describe('cleanArticle', () => {
  it('keeps article paragraphs verbatim as body, one per line', () => {
    const result = cleanArticle(
      page('A title line', '', 'Russia sent troops to Almaty on Thursday.', '', 'Talks open in Geneva.'),
    );
    expect(result.blocks.map((block) => [block.section, block.text])).toEqual([
      ['body', 'Russia sent troops to Almaty on Thursday.'],
      ['body', 'Talks open in Geneva.'],
    ]);
  });

  it('detects the headline when no title is given, and reports a given title wherever it stands', () => {
    const detected = cleanArticle(
      page(
        'Breaking News',
        'Kazakh protests spread to the capital',
        'Police fired tear gas in the city center on Wednesday.',
      ),
    );
    expect(reasonOf(detected, 'Kazakh protests spread to the capital')).toMatch(/^title/);
    expect(detected.firstLine).toBe('Kazakh protests spread to the capital');
    const given = cleanArticle(page('Breaking News', 'Section', 'The Real Title', 'Body.'), {
      title: 'The real title',
    });
    expect(reasonOf(given, 'The Real Title')).toMatch(/^title/);
  });

  it('never takes a paragraph of sentences as the title: it stays body and the title is null', () => {
    const lead = 'Russian troops landed in Almaty on Thursday. Officials said the mission would be short.';
    const result = cleanArticle(page(lead, 'A second paragraph follows here with more detail.'));
    expect(result.firstLine).toBeNull();
    expect(result.blocks[0]).toMatchObject({ section: 'body', text: lead });
  });

  it('reports the headline repeated as the first paragraph', () => {
    const result = cleanArticle(
      page(
        'Kazakh protests spread to the capital',
        'Kazakh protests spread to the capital',
        'Body sentence here.',
      ),
    );
    expect(result.dropped.find((line) => line.line === 2)?.reason).toMatch(/^headline repeated/);
  });

  it.each([
    ['Accessibility links', 'site navigation'],
    ['Oops!', 'error widget'],
    ['Please try again later.', 'error widget'],
    ['ADVERTISEMENT', 'advertisement marker'],
    [
      'Get market news worthy of your time with Axios Markets. Subscribe for free.',
      'subscription or newsletter pitch',
    ],
    ['Leave a Comment', 'comment notice'],
    ['Your email address will not be published.', 'comment notice'],
    ['Article Categories:', 'category footer'],
    ['·2 min read', 'reading-time label'],
    ['Written by | Saturday, January 8th, 2022', 'byline'],
    ['220106-Vavra-Putin-tease_xwcryr', 'image file slug'],
    ['Adam Berry/Getty', 'photo credit'],
    ['RFE/RL senior correspondent Todd Prince contributed to this report.', 'contributor credit'],
    ['Got a tip? Send it to The Daily Beast here.', 'call to action'],
    ['This post was updated on January 6.', 'update notice'],
    ['  • 16x9 Image', 'image placeholder'],
    ['Tags: Kazakhstan, Energy, Russia', 'tag list'],
    ['Share on Facebook', 'share widget'],
    ['Facebook Twitter Email', 'share widget'],
    ['Credit: Ivan Petrov for The Meridian', 'photo credit'],
    ['(Abduaziz Madyarov/AFP/Getty Images)', 'photo credit'],
    ['caption arrowCaption', 'caption widget'],
    ["Here's what you need to know about the protests", 'link to another story'],
    ['https://example.org/news/2022/01/story', 'URL'],
    ['Home | World | Business | Sport', 'site navigation'],
    ['Hamburger icon', 'icon or logo text'],
    ['2 hours ago', 'relative time'],
    ['© 2022 Northwind Media Group. All rights reserved.', 'copyright notice'],
  ])('drops %j as %s', (line, reason) => {
    const result = cleanArticle(page('Title', line, 'A real sentence of the article.'));
    expect(result.dropped.find((dropped) => dropped.line === 2)?.reason).toContain(reason);
    expect(result.blocks.map((block) => block.text)).toEqual(['A real sentence of the article.']);
  });

  it('keeps the first of two identical lines as a caption and reports the second as its duplicate', () => {
    const caption = 'An aerial view of military vehicles on January 6.';
    const result = cleanArticle(page('Title', 'Body one.', caption, caption, 'Body two.'));
    expect(result.blocks.find((block) => block.text === caption)?.section).toBe('caption');
    expect(result.dropped.find((line) => line.line === 4)?.reason).toBe('duplicate of line 3');
  });

  it('keeps an "Image:" line as a caption', () => {
    const result = cleanArticle(page('Title', 'Image: Troops guard the main square in Almaty.'));
    expect(result.blocks[0]).toMatchObject({ section: 'caption' });
  });

  it('keeps an on-topic related story only as "related", with its headline, and drops off-topic ones', () => {
    const onTopic = (text: string) => text.includes('Kazakhstan');
    const result = cleanArticle(
      page(
        'Title',
        'Body.',
        'Recommended Stories',
        '  • Russia sends troops to Kazakhstan',
        '    ALMATY (Reuters) - Fresh violence erupted.',
        '  • Epic snowstorm set to slam B.C. coasts',
        '    Winter warnings span B.C. for the next potent system.',
      ),
      { isOnTopic: onTopic },
    );
    expect(result.blocks.at(-1)).toMatchObject({
      section: 'related',
      text: 'ALMATY (Reuters) - Fresh violence erupted.',
      heading: 'Russia sends troops to Kazakhstan',
    });
    expect(reasonOf(result, 'Epic snowstorm set to slam B.C. coasts')).toBe(
      'off-topic related story (headline)',
    );
    expect(reasonOf(result, 'Winter warnings span B.C. for the next potent system.')).toBe(
      'off-topic related story (blurb)',
    );
    expect(result.blocks.filter((block) => block.section === 'body').map((block) => block.text)).toEqual([
      'Body.',
    ]);
  });

  it('drops an author bio only near the end of the page', () => {
    const bio = 'Reid Standish is an RFE/RL correspondent in Prague.';
    const atEnd = cleanArticle(
      page('Title', ...Array.from({ length: 8 }, (_, i) => `Body sentence ${i}.`), bio),
    );
    expect(reasonOf(atEnd, bio)).toBe('author bio');
    const atStart = cleanArticle(
      page('Title', bio, ...Array.from({ length: 8 }, (_, i) => `Body sentence ${i}.`)),
    );
    expect(atStart.blocks[0]?.text).toBe(bio);
  });

  it('reports a list bullet with no text rather than losing it (found by the fuzz test)', () => {
    const result = cleanArticle(page('Title', '* ', 'Body sentence.'));
    expect(result.dropped.find((line) => line.line === 2)?.reason).toBe('list bullet without text');
  });

  it('accounts for every non-blank input line: kept or dropped with a reason, never lost', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        'Oops!',
        'Recommended Stories',
        '  • Headline',
        'Body sentence.',
        'A B',
        '',
        'x-y_1',
        'Image: cap.',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.boolean(), (lines, onTopic) => {
        const source = lines.join('\n');
        const result = cleanArticle(source, { isOnTopic: () => onTopic });
        const nonBlank = source
          .split(/\r\n|\r|\n/)
          .flatMap((text, index) => (text.trim() === '' ? [] : [index + 1]));
        const accounted = [
          ...result.blocks.map((block) => block.line),
          ...result.dropped.map((dropped) => dropped.line),
        ].sort((a, b) => a - b);
        expect(accounted).toEqual(nonBlank);
        for (const dropped of result.dropped) expect(dropped.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
