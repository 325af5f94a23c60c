import { describe, expect, it } from 'vitest';
import {
  dateStamp,
  findStatedDates,
  parseStatedDate,
  isRelativeTime,
} from '../../src/pipeline/text/meta/dates.ts';
import { detectTitle } from '../../src/pipeline/text/meta/title.ts';
import { parseBylineLine, parseReportingCredit } from '../../src/pipeline/text/meta/byline.ts';
import { parseDateline } from '../../src/pipeline/text/meta/dateline.ts';
import {
  describesPhoto,
  isNumberedGalleryCaption,
  isPrefixedCredit,
} from '../../src/pipeline/text/page/captions.ts';
import { blurbSource } from '../../src/pipeline/text/meta/blurb-source.ts';
import { cleanArticle } from '../../src/pipeline/text/page/clean.ts';
import { detectTextMeta } from '../../src/pipeline/text/page/text-meta.ts';
import { readPage } from '../../src/pipeline/text/page/read-page.ts';
import { toLines } from '../../src/pipeline/text/page-lines.ts';
import { resolveMeta } from '../../src/pipeline/text/meta/article-meta.ts';
import { emptyPageMeta, mergePageMeta } from '../../src/pipeline/text/meta/stated-meta.ts';

const page = (...lines: string[]) => lines.join('\n');
const metaOf = (...lines: string[]) => detectTextMeta(readPage(page(...lines)));

describe('dates', () => {
  it('a relative time is no date', () => {
    expect(findStatedDates('2 hours ago')).toEqual([]);
    expect(findStatedDates('yesterday')).toEqual([]);
    expect(isRelativeTime('3 days ago')).toBe(true);
  });
  it('a year that is not stated is not guessed', () => {
    expect(parseStatedDate('Jan 13')).toBeNull();
    expect(parseStatedDate('on Thursday')).toBeNull();
  });
  it('an all-number date that reads two ways is not resolved by guessing', () => {
    expect(parseStatedDate('05.01.2022')).toBeNull();
    expect(parseStatedDate('13.01.2022')?.iso).toBe('2022-01-13');
  });
  it('a written date gives its calendar day, as stated', () => {
    expect(parseStatedDate('Saturday, January 8th, 2022')).toMatchObject({
      iso: '2022-01-08',
      text: 'Saturday, January 8th, 2022',
    });
    expect(parseStatedDate('Published January 7, 2022')?.text).toBe('January 7, 2022');
  });
  it('an ISO stamp gives the day it states, whatever its time zone', () => {
    expect(parseStatedDate('2022-01-07T23:36:00-05:00')?.iso).toBe('2022-01-07');
    expect(parseStatedDate('2022-01-07T08:36+0000')?.iso).toBe('2022-01-07');
  });
  it('a date inside a sentence is no date stamp; a date with its label is', () => {
    expect(dateStamp('Troops guard the square in Almaty on January 6, 2022.')).toBeNull();
    expect(dateStamp('Updated: January 9, 2022 at 10:15 a.m.')).toMatchObject({
      iso: '2022-01-09',
      updated: true,
    });
  });
});

describe('title', () => {
  it('a masthead glued to its slogan, a logo and a menu are not the headline', () => {
    const result = detectTitle(
      toLines(
        page(
          'The Evening LedgerTruth Before Speed',
          'Hamburger icon',
          'World | Politics | Opinion',
          'Protesters in Aktobe demand lower gas prices',
          'Hundreds gathered outside the regional administration building on Monday, witnesses said.',
        ),
      ),
    );
    expect(result.title).toEqual({ text: 'Protesters in Aktobe demand lower gas prices', line: 4 });
  });
  it('a URL line and a short section name are passed over', () => {
    const result = detectTitle(
      toLines(
        page(
          'https://news.example/world/1234',
          'Europe',
          'Ministers meet in Vienna over security talks',
          'Body text of the story goes on for a while here.',
        ),
      ),
    );
    expect(result.title?.text).toBe('Ministers meet in Vienna over security talks');
  });
  it('a lead paragraph is never the title: null, and a note says why', () => {
    const result = detectTitle(
      toLines(
        page(
          'Russian paratroopers landed in Almaty on Thursday. The city airport had been seized.',
          'More text.',
        ),
      ),
    );
    expect(result.title).toBeNull();
    expect(result.note).toMatch(/paragraph of sentences/);
  });
});

describe('bylines', () => {
  it('"By …" gives the author', () => {
    expect(parseBylineLine('By Olga Demirova')).toMatchObject({ author: 'Olga Demirova', outlet: null });
  });
  it('"- BY NAME, Outlet" gives the author and the outlet', () => {
    expect(parseBylineLine('- BY TOMAS VERHOEVEN, Northern Press Agency')).toMatchObject({
      author: 'TOMAS VERHOEVEN',
      outlet: 'Northern Press Agency',
    });
  });
  it('an agency byline with the name in capitals splits name from outlet', () => {
    expect(parseBylineLine('By DARIA POLOVA Steppe Wire')).toMatchObject({
      author: 'DARIA POLOVA',
      outlet: 'Steppe Wire',
    });
  });
  it('several authors joined by "and" are one author value, as stated', () => {
    expect(parseBylineLine('By Anna Kell and Piotr Nowicki')?.author).toBe('Anna Kell and Piotr Nowicki');
  });
  it('a byline with a date gives both', () => {
    expect(parseBylineLine('By Ilona Varga | January 12, 2022')).toMatchObject({
      author: 'Ilona Varga',
      date: { iso: '2022-01-12' },
    });
  });
  it('"Reporting by …; Editing by …": the reporters are the authors, the editors are not', () => {
    expect(
      parseReportingCredit('Reporting by Marat Seitkali and Dana Ivers in Almaty; Editing by Paul Crane'),
    ).toBe('Marat Seitkali and Dana Ivers');
  });
  it('a sentence that begins with "By" is no byline', () => {
    expect(
      parseBylineLine('By moving into Kazakhstan, analysts say Putin opted to help quell the protests.'),
    ).toBeNull();
  });
  it('with no byline, the author bio at the end of the page names the author', () => {
    const body = Array.from(
      { length: 6 },
      (_, index) => `Paragraph ${index} of the analysis says what may happen next.`,
    );
    expect(
      metaOf(
        'What the deployment means for the region',
        ...body,
        'Dana Kore is a senior fellow at the Steppe Institute.',
      ).author,
    ).toEqual({ value: 'Dana Kore', from: 'line 8 (author bio)' });
  });
  it('a name line over a reading time is the byline', () => {
    expect(
      metaOf(
        'Some headline for a news story',
        'Marta Quill',
        '·3 min read',
        'A sentence of the body that is long enough.',
      ).author,
    ).toEqual({
      value: 'Marta Quill',
      from: 'line 2 (byline)',
    });
  });
});

describe('datelines', () => {
  it('"NUR-SULTAN, Jan 13 (Reuters) -" names Reuters', () => {
    expect(parseDateline('NUR-SULTAN, Jan 13 (Reuters) - Kazakhstan said on Thursday…')).toMatchObject({
      place: 'NUR-SULTAN',
      outlet: 'Reuters',
    });
  });
  it('"MOSCOW (AP) —" names AP', () => {
    expect(parseDateline('MOSCOW (AP) — Russia said…')?.outlet).toBe('AP');
  });
  it('a dateline without an agency names no outlet', () => {
    expect(parseDateline('KYIV — Ukrainian officials said…')).toMatchObject({ place: 'KYIV', outlet: null });
  });
  it('an ordinary sentence is no dateline', () => {
    expect(parseDateline('Russia sent troops on Thursday - officials said.')).toBeNull();
  });
  it("the article dateline gives the outlet; a related blurb's dateline does not", () => {
    const meta = metaOf(
      'Ministers meet in Vienna over security talks',
      'VIENNA (Alpine Wire) — Ministers met on Thursday to discuss the crisis in the region.',
      'Related stories',
      'Kazakh leader sacks cabinet',
      'ALMATY (Reuters) - The president dismissed the government on Wednesday evening.',
    );
    expect(meta.outlet).toEqual({ value: 'Alpine Wire', from: 'line 2 (dateline)' });
  });
});

describe('captions', () => {
  it('a numbered gallery caption is a caption', () => {
    expect(isNumberedGalleryCaption('3/12 Protesters gather in the main square of Almaty.')).toBe(true);
    expect(isNumberedGalleryCaption('2,500 troops arrived on Thursday.')).toBe(false);
  });
  it('a first line that says what a picture shows is a caption', () => {
    expect(
      describesPhoto(
        'The president attends a meeting of the security council at his residence outside the capital on January 10.',
      ),
    ).toBe(true);
    expect(describesPhoto('Russian troops arrived on Thursday to help restore order, officials said.')).toBe(
      false,
    );
    const result = cleanArticle(
      page(
        'Will the crisis change the plans of the Kremlin?',
        'The president attends a meeting of the security council at his residence outside the capital on January 10.',
        'The intervention was an effort to head off a popular revolt in a neighboring country.',
      ),
    );
    expect(result.blocks.map((block) => block.section)).toEqual(['caption', 'body']);
  });
  it('"Photo: press service" is a credit, not a caption', () => {
    expect(isPrefixedCredit('Photo: press service of the ministry')).toBe(true);
    expect(isPrefixedCredit('Image: Troops guard the main square in Almaty, January 6, 2022.')).toBe(false);
  });
});

describe('publication date', () => {
  it('a caption date and a date in a related link are not the publication date', () => {
    const meta = metaOf(
      'Rail strike spreads to three more depots in the north',
      'Workers gather beside idle freight cars at a depot on January 10, 2022.',
      'A strike by rail workers over unpaid wages spread on Tuesday to three more depots, organizers said.',
      'Read more:',
      'Grain prices climb as winter deepens January 3, 2022',
    );
    expect(meta.date).toBeNull();
  });
  it('"Published January 7, 2022" under the headline is the publication date', () => {
    const meta = metaOf(
      'Rail strike spreads to three more depots in the north',
      'Published January 7, 2022',
      'A strike by rail workers over unpaid wages spread on Tuesday to three more depots, organizers said.',
    );
    expect(meta.date).toEqual({ value: 'January 7, 2022', iso: '2022-01-07', from: 'line 2' });
    expect(meta.claimed.get(2)).toMatch(/publication date stamp/);
  });
  it('a published stamp wins over an updated one', () => {
    const meta = metaOf(
      'Rail strike spreads to three more depots in the north',
      'Updated January 9, 2022',
      'Published January 7, 2022',
      'A strike by rail workers over unpaid wages spread on Tuesday to three more depots, organizers said.',
    );
    expect(meta.date?.iso).toBe('2022-01-07');
  });
});

describe('related-story provenance', () => {
  it('a blurb is credited to the agency its dateline names, never to the host page', () => {
    expect(
      blurbSource(
        'Kazakh leader sacks cabinet',
        'ALMATY (Reuters) - The president dismissed the government.',
      ),
    ).toEqual({
      outlet: 'Reuters',
      title: 'Kazakh leader sacks cabinet',
      author: null,
      date: null,
    });
  });
  it('a blurb is dated by its dateline only, never by a date in its sentences', () => {
    expect(
      blurbSource('Talks set', 'GENEVA, Jan 9, 2022 (Reuters) - Talks were set for Jan. 10, 2022.').date,
    ).toBe('2022-01-09');
    expect(blurbSource('Talks set', 'Envoys will meet on January 10, 2022 in Geneva.').date).toBeNull();
  });
  it('a blurb without a dateline names no outlet', () => {
    expect(blurbSource('Snow in the mountains', 'Heavy snow fell on Thursday.').outlet).toBeNull();
  });
});

describe('precedence', () => {
  const found = (value: string, from: string) => ({ value, from });
  const page = (outlet: { value: string; from: string } | null) => ({
    ...emptyPageMeta(),
    title: found('Page headline here', 'line 2'),
    outlet,
  });

  it("the curator's sources.json comes first, then the page, then null", () => {
    const { meta, from } = resolveMeta(
      { outlet: 'Curated Outlet', title: null, author: null, date: 'Saturday, January 8th, 2022' },
      page(found('Page Outlet', 'og:site_name')),
    );
    expect(meta).toEqual({
      outlet: 'Curated Outlet',
      title: 'Page headline here',
      author: null,
      date: '2022-01-08',
      dateText: 'Saturday, January 8th, 2022',
    });
    expect(from).toEqual({ outlet: 'sources.json', title: 'line 2', author: null, date: 'sources.json' });
  });

  it('the agency a byline or dateline names beats the site that carries the story', () => {
    const tags = page(found('The Lakeside Courier', 'og:site_name'));
    expect(mergePageMeta(tags, page(found('AP', 'line 9 (dateline)'))).outlet?.value).toBe('AP');
    expect(mergePageMeta(tags, page(found('Lakeside', 'line 30 (copyright)'))).outlet?.value).toBe(
      'The Lakeside Courier',
    );
  });
});

describe('no wrong value from look-alikes', () => {
  it('an acronym spelled out in brackets is no dateline', () => {
    expect(
      parseDateline('CSTO (Collective Security Treaty Organization) — the alliance sent troops.'),
    ).toBeNull();
  });
  it('"By Thursday" is no byline', () => {
    expect(parseBylineLine('By Thursday')).toBeNull();
    expect(parseBylineLine('By Thursday, the protests had spread to Almaty.')).toBeNull();
  });
  it('a section name such as "World News" is no masthead, and a photo agency\'s copyright is no outlet', () => {
    const meta = metaOf(
      'World News',
      'Kazakh protests spread to the capital',
      'Police fired tear gas in the city center on Wednesday, witnesses said, as crowds grew.',
      '© 2022 Getty Images',
    );
    expect(meta.title?.value).toBe('Kazakh protests spread to the capital');
    expect(meta.outlet).toBeNull();
  });
  it('a copyright notice in the footer names the outlet; one beside a picture does not', () => {
    const body = Array.from(
      { length: 6 },
      (_, index) => `Paragraph ${index} of the story says what happened in detail.`,
    );
    expect(
      metaOf('Kazakh protests spread to the capital', '© 2022 Lens Collective', ...body).outlet,
    ).toBeNull();
    expect(
      metaOf('Kazakh protests spread to the capital', ...body, '(c) respect the ceasefire').outlet,
    ).toBeNull();
    expect(metaOf('Kazakh protests spread to the capital', ...body, '© 2022 Steppe Review').outlet).toEqual({
      value: 'Steppe Review',
      from: 'line 8 (copyright)',
    });
  });
});
