import { describe, expect, it } from 'vitest';
import type { Article, Paragraph, Section } from '../../src/contract/article.ts';
import { toFeatureSource } from '../../src/pipeline/geo/feature-sources.ts';
import { parseGeoFiles } from '../../src/pipeline/geo/load-geo.ts';
import { buildTimeline, timelineInput } from '../../src/pipeline/timeline/build-timeline.ts';
import { corpusYear } from '../../src/pipeline/timeline/corpus-year.ts';
import { TimelineCollector } from '../../src/pipeline/timeline/timeline-collector.ts';
import { realData } from './fixtures.ts';
import { geoFile, talksFeature } from './geo-files.ts';

/** A hand-made article (invented outlets and people): one sentence per line of `text`. */
function article(
  id: string,
  date: string | null,
  paragraphs: Array<string | { text: string; section: Section }>,
  dropped: string[] = [],
): Article {
  const meta = { outlet: 'The Harrow Ledger', title: `Story ${id}`, author: 'Ines Varga', date };
  return {
    id,
    file: `seeds/${id}.txt`,
    meta: { ...meta, dateText: date },
    metaFrom: { outlet: null, title: null, author: null, date: null },
    dropped: dropped.map((text, index) => ({ line: index + 1, text, reason: 'publication date notice' })),
    paragraphs: paragraphs.map((entry, index): Paragraph => {
      const { text, section } = typeof entry === 'string' ? { text: entry, section: 'body' as const } : entry;
      const sentences: Paragraph['sentences'] = [];
      for (const match of text.matchAll(/[^.!?]+[.!?]?\s*/g))
        sentences.push({
          id: `${id}-${index}-${sentences.length}`,
          start: match.index,
          end: match.index + match[0].length,
        });
      return {
        id: `${id}-${index}`,
        index,
        line: index + 3,
        section,
        text,
        sentences,
        source: meta,
        reference: `${meta.author}. “${meta.title}.” ${meta.outlet}.`,
      };
    }),
  };
}

const timelineOf = (...articles: Article[]) => buildTimeline({ articles, features: [] });

describe('timeline: dates stated in the text', () => {
  it('reads a weekday against the article’s stated date, back for the past and ahead when scheduled', () => {
    // Wednesday 12 January 2022.
    const { items } = timelineOf(
      article('a', '2022-01-12', [
        'Soldiers reached the Orsk depot on Monday, officials said. Envoys will meet again on Friday.',
      ]),
    );
    const events = items.filter((item) => item.kind === 'event');
    expect(events.map(({ date, dateText, inferred }) => ({ date, dateText, inferred }))).toEqual([
      { date: '2022-01-10', dateText: 'Monday', inferred: true },
      { date: '2022-01-14', dateText: 'Friday', inferred: true },
    ]);
    expect(events[0]?.text).toBe('Soldiers reached the Orsk depot on Monday, officials said.');
  });

  it('gives a yearless day its article’s year, and marks it inferred', () => {
    const { items } = timelineOf(article('a', '2022-01-12', ['Protests began in Zhanaozen on 2 January.']));
    expect(items.find((item) => item.kind === 'event')).toMatchObject({
      date: '2022-01-02',
      dateText: '2 January',
      inferred: true,
    });
  });

  it('gives a yearless day in an undated article the corpus’s single year, inferred', () => {
    const { items } = timelineOf(
      article('a', '2022-01-12', ['Nothing else happened.']),
      article('b', null, ['The convoy crossed the border on January 9.']),
    );
    expect(items.find((item) => item.article === 'b')).toMatchObject({ date: '2022-01-09', inferred: true });
  });

  it('leaves a yearless day undated when the corpus’s stated dates span two years', () => {
    const timeline = timelineOf(
      article('a', '2022-01-12', ['Nothing else happened.']),
      article('c', '2021-12-30', ['Nothing else happened either.']),
      article('b', null, ['The convoy crossed the border on January 9.']),
    );
    expect(timeline.items.some((item) => item.article === 'b')).toBe(false);
    expect(timeline.undated).toContainEqual(
      expect.objectContaining({
        article: 'b',
        dateText: 'January 9',
        reason: expect.stringMatching(/no year/),
      }),
    );
  });

  it('never resolves "last week", nor a weekday in an article with no date to count from', () => {
    const timeline = timelineOf(
      article('a', '2022-01-12', ['Last week, bread prices doubled in Aktau.']),
      article('b', null, ['Crowds gathered on Thursday outside the akimat.']),
    );
    expect(timeline.items.filter((item) => item.kind === 'event')).toEqual([]);
    expect(timeline.undated.map((item) => [item.article, item.dateText])).toEqual([
      ['a', 'Last week'],
      ['b', 'on Thursday'],
    ]);
  });

  it('dates a caption’s picture, never the article, by the caption’s date', () => {
    const timeline = timelineOf(
      article('b', null, [
        'Officials in the capital urged calm.',
        {
          text: 'Image: Armoured vehicles near Taraz, January 5, 2022. Photo by Lev Orin/Reuters',
          section: 'caption',
        },
      ]),
    );
    expect(timeline.items.filter((item) => item.kind === 'published')).toEqual([]);
    expect(timeline.items).toContainEqual(
      expect.objectContaining({ kind: 'event', date: '2022-01-05', inferred: false, paragraph: 1 }),
    );
  });

  it('takes the page’s update notice as the date an undated article is published, its year from the corpus', () => {
    const timeline = timelineOf(
      article('a', '2022-01-12', ['Nothing else happened.']),
      article(
        'b',
        null,
        ['As of Thursday, dozens were reported hurt.'],
        ['This post was updated on January 6.'],
      ),
    );
    expect(timeline.items.filter((item) => item.article === 'b')).toEqual([
      expect.objectContaining({
        kind: 'published',
        date: '2022-01-06',
        dateText: 'January 6',
        inferred: true,
      }),
      expect.objectContaining({ kind: 'event', date: '2022-01-06', dateText: 'Thursday', inferred: true }),
    ]);
  });

  it('reads a related story’s days against that story’s date, not the host page’s', () => {
    const host = article('a', '2022-01-12', ['Nothing else happened.']);
    const related = article('x', null, ['Police said on Tuesday that the square was cleared.'])
      .paragraphs[0]!;
    host.paragraphs.push({
      ...related,
      index: 1,
      section: 'related',
      source: { ...related.source, date: '2022-01-07' },
    });
    const event = timelineOf(host).items.find((item) => item.kind === 'event');
    expect(event).toMatchObject({ date: '2022-01-04', paragraph: 1 });
  });
});

describe('timeline: when an article is known', () => {
  it('is its stated date when it has one', () => {
    const { articles } = timelineOf(article('a', '2022-01-08', ['Talks are set for January 13.']));
    expect(articles['a']).toEqual({ date: '2022-01-08', inferred: false });
  });

  it('is, for an undated article, the latest day its own text states (inferred); a related story does not count', () => {
    const host = article('b', null, ['Troops landed on January 6.', 'Leaders spoke by video on January 10.']);
    host.paragraphs.push({
      ...host.paragraphs[0]!,
      index: 2,
      section: 'related',
      text: 'Markets fell on January 20, 2022.',
    });
    const { articles } = timelineOf(article('a', '2022-01-12', ['Nothing else happened.']), host);
    expect(articles['b']).toEqual({ date: '2022-01-10', inferred: true });
  });

  it('is null when the article states no day at all', () => {
    expect(timelineOf(article('b', null, ['Nothing is dated here.'])).articles['b']).toEqual({
      date: null,
      inferred: false,
    });
  });

  it('takes the corpus year only from articles’ stated dates, and only when they agree', () => {
    expect(corpusYear([article('a', '2022-01-12', []), article('b', null, [])])).toBe('2022');
    expect(corpusYear([article('a', '2022-01-12', []), article('c', '2021-12-30', [])])).toBeNull();
    expect(corpusYear([article('b', null, [])])).toBeNull();
  });
});

/** Geo features as the timeline reads them (as the map data and the evidence give them). */
const featuresOf = (layers: ReturnType<typeof parseGeoFiles>['layers']) =>
  layers.flatMap((layer) =>
    layer.features.map(({ properties }) => ({
      id: properties.id,
      name: properties.name,
      ...(properties.when ? { when: properties.when } : {}),
      sources: properties.sources.map(toFeatureSource),
      facts: [],
    })),
  );

describe('timeline: a geo feature’s `when`', () => {
  const geo = (
    when: unknown,
    sources: unknown[] = [
      { what: 'position', source: 'GeoNames' },
      { what: 'dates', outlet: 'The Harrow Ledger', title: 'Envoys meet' },
    ],
  ) => [
    geoFile([
      talksFeature(
        { id: 'lindau', name: 'Lindau', description: 'Talks.', aliases: ['Lindau'], sources, when },
        [9.68, 47.55],
      ),
    ]),
  ];

  it('puts the start of a feature’s `when` on the timeline, credited to its "dates" source', () => {
    const { layers, problems } = parseGeoFiles(geo({ from: '2022-01-12', to: '2022-01-13' }));
    expect(problems).toEqual([]);
    const timeline = buildTimeline({ articles: [], features: featuresOf(layers) });
    expect(timeline.items).toEqual([
      expect.objectContaining({
        date: '2022-01-12',
        kind: 'feature',
        feature: 'lindau',
        text: 'Lindau',
        source: expect.objectContaining({ outlet: 'The Harrow Ledger', title: 'Envoys meet' }),
      }),
    ]);
    expect(timeline.features).toEqual({ lindau: { from: '2022-01-12', to: '2022-01-13' } });
  });

  it.each([
    [{ from: '2022-1-12' }, /feature 0 \("lindau"\): properties\.when\.from: a date is YYYY-MM-DD/],
    // A month is not a day (DESIGN.md §3): a source that states no day gives no `when`.
    [{ from: '2021-11' }, /feature 0 \("lindau"\): properties\.when\.from: a date is YYYY-MM-DD/],
    [
      { from: '2022-01-12', to: '2022-01' },
      /feature 0 \("lindau"\): properties\.when\.to: a date is YYYY-MM-DD/,
    ],
    [{ from: '2022-02-30' }, /feature 0 \("lindau"\): properties\.when\.from: not a calendar date/],
    [
      { from: '2022-01-13', to: '2022-01-12' },
      /feature 0 \("lindau"\): properties\.when\.to: "to" is before "from"/,
    ],
    [{ to: '2022-01-12' }, /feature 0 \("lindau"\): properties\.when\.from/],
    [{ from: '2022-01-12', until: '2022-01-13' }, /feature 0 \("lindau"\): properties\.when: .*until/],
  ])('names the file, feature and field of a bad `when`: %j', (when, message) => {
    const { problems } = parseGeoFiles(geo(when));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('geo/talks.geojson');
    expect(problems[0]?.message).toMatch(message);
  });

  it('refuses a `when` without a "dates" source', () => {
    const { problems } = parseGeoFiles(
      geo({ from: '2022-01-12' }, [{ what: 'position', source: 'GeoNames' }]),
    );
    expect(problems[0]?.message).toMatch(
      /feature 0 \("lindau"\): properties\.when: a feature with "when" needs a source with "what": "dates"/,
    );
  });
});

describe('timeline of the checked-in corpus', () => {
  const timeline = buildTimeline(timelineInput(realData()));

  it('is the same when built from each article’s paragraphs that name a time (as a streamed build keeps them)', () => {
    const data = realData();
    const collector = new TimelineCollector();
    for (const article of data.articles) collector.article(article);
    for (const [id, evidence] of Object.entries(data.evidence.features)) collector.feature(id, evidence);
    expect(collector.finish(data.mapData.features)).toEqual(timeline);
  });

  it('is in date order and every date is a calendar day', () => {
    const dates = timeline.items.map((item) => item.date);
    expect(dates).toEqual([...dates].sort());
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has the one stated publication date, and the talks and the CSTO deployment as features', () => {
    expect(timeline.items.filter((item) => item.kind === 'published' && !item.inferred)).toEqual([
      expect.objectContaining({ date: '2022-01-08', dateText: 'Saturday, January 8th, 2022' }),
    ]);
    const features = Object.fromEntries(
      timeline.items.filter((item) => item.kind === 'feature').map((item) => [item.feature, item.date]),
    );
    expect(features).toMatchObject({
      'csto-deployment': '2022-01-06',
      geneva: '2022-01-10',
      brussels: '2022-01-12',
      vienna: '2022-01-13',
    });
    // No cited source states the day the build-up began (The Economist: "from November 2021"), so it has none.
    expect(features).not.toHaveProperty('ukraine-border-buildup');
    expect(timeline.features).not.toHaveProperty('ukraine-border-buildup');
  });

  it('dates the Kazakhstan toll: "dozens" as of 6 January, "some 164" as of 10 January', () => {
    const tolls = timeline.items.filter((item) => item.kind === 'figure' && item.feature === 'kazakhstan');
    expect(tolls.map((item) => [item.date, item.text])).toEqual([
      ['2022-01-06', expect.stringContaining('dozens have been reported dead')],
      ['2022-01-10', expect.stringContaining('some 164 people')],
    ]);
  });

  it('knows the undated RFE/RL article from 10 January, the latest day its text states', () => {
    expect(timeline.articles['000_1fdcc4a3134de60e']).toEqual({ date: '2022-01-10', inferred: true });
    expect(timeline.articles['004_5fb351e789721747']).toEqual({ date: '2022-01-08', inferred: false });
  });

  it('lists Axios’s "Thursday" as undated: the page states no date to count it from', () => {
    expect(timeline.undated).toContainEqual(
      expect.objectContaining({ article: '002_a4ce2fad56d8df3c', dateText: 'Thursday', kind: 'event' }),
    );
  });
});
