import { describe, expect, it } from 'vitest';
import type { ResolvedClaim, ResolvedFact } from '../../src/contract/dataset.ts';
import { buildTimeline, timelineInput } from '../../src/pipeline/timeline/build-timeline.ts';
import { fadeNotYet, NotYetMarks, notYet } from '../../src/lib/map/not-yet.ts';
import { MISSION_SOURCE } from '../../src/lib/map/thematic-layers.ts';
import {
  articleStatus,
  claimDay,
  evidenceAsOf,
  factAsOf,
  headAsOf,
  pageAsOf,
  type AsOfView,
} from '../../src/lib/evidence/as-of-filter.ts';
import { addDays } from '../../src/contract/days.ts';
import { dayForKey, formatDay } from '../../src/lib/timeline/days.ts';
import { dayCounts, featureSpans, inLanes, timelineSpan } from '../../src/lib/timeline/timeline-model.ts';
import { featureHead } from '../../src/vite/evidence-pages.ts';
import type { Excerpt } from '../../src/contract/article.ts';
import { realData } from './fixtures.ts';

const data = realData();
const timeline = buildTimeline(timelineInput(data));
const view = (asOf: string, hideUndated = false): AsOfView => ({
  asOf,
  known: timeline.articles,
  year: timeline.year,
  hideUndated,
});
const kazakhstan = data.evidence.features['kazakhstan']!;
const toll = (asOf: string) =>
  evidenceAsOf(kazakhstan, view(asOf)).facts.find((fact) => /killed/i.test(fact.label));

describe('"as known on": facts', () => {
  it('reads the Kazakhstan toll as "dozens" on 7 January', () => {
    expect(toll('2022-01-07')).toMatchObject({ verdict: 'single', claims: [{ value: 'dozens' }] });
  });

  it('reads "some 164" from 10 January, the change from "dozens" kept in date order', () => {
    for (const day of ['2022-01-10', '2022-01-13']) {
      const fact = toll(day);
      expect(fact?.verdict).toBe('changed');
      expect(fact?.claims.map((claim) => claim.value)).toEqual(['dozens', 'some 164']);
    }
    expect(toll('2022-01-09')?.claims.map((claim) => claim.value)).toEqual(['dozens']);
  });

  it('shows no toll before anything was reported', () => {
    expect(toll('2022-01-05')).toBeUndefined();
  });

  const claim = (
    value: string,
    number: ResolvedClaim['number'],
    asOf: string | null,
    article: string,
  ): ResolvedClaim => ({
    value,
    number,
    asOf,
    quote: value,
    article,
    paragraph: 0,
    start: 0,
    end: value.length,
    source: { outlet: 'The Harrow Ledger', title: null, author: null, date: null },
    modality: 'reported',
    attributedTo: null,
  });

  it('recounts the verdict among the claims known on the day', () => {
    const fact: ResolvedFact = {
      label: 'Troops',
      verdict: 'differ',
      claims: [
        claim('2,000', 2000, '2022-01-06', 'early'),
        claim('3,000', 3000, '2022-01-06', 'late'),
        claim('about 2,000', [1800, 2200], '2022-01-06', 'early'),
      ],
    };
    const known: AsOfView['known'] = {
      early: { date: '2022-01-06', inferred: false },
      late: { date: '2022-01-09', inferred: false },
    };
    const on = (asOf: string) => factAsOf(fact, { asOf, known, year: null, hideUndated: false });
    expect(on('2022-01-07')?.verdict).toBe('agree');
    expect(on('2022-01-09')).toBe(fact);
  });

  it('gives a yearless claim the corpus’s year, and keeps a claim whose day is unknown', () => {
    expect(claimDay('--01-06', '2022')).toBe('2022-01-06');
    expect(claimDay('--01-06', null)).toBeNull();
    expect(claimDay(null, '2022')).toBeNull();
  });
});

describe('"as known on": excerpts', () => {
  const articlesOf = (asOf: string, hide = false) =>
    new Set(evidenceAsOf(kazakhstan, view(asOf, hide)).excerpts.map((excerpt) => excerpt.article));

  it('keeps only articles published on or before the day, and undated articles unless hidden', () => {
    const statuses = Object.keys(kazakhstan.articles).map((id) => [
      id,
      articleStatus(id, view('2022-01-07')),
    ]);
    expect(Object.fromEntries(statuses)).toEqual({
      '000_1fdcc4a3134de60e': 'later',
      '001_433dafa3d84bb327': 'known',
      '002_a4ce2fad56d8df3c': 'later',
      '003_d67b0bb4083fd85c': 'undated',
      '004_5fb351e789721747': 'later',
    });
    expect([...articlesOf('2022-01-07')].sort()).toEqual(['001_433dafa3d84bb327', '003_d67b0bb4083fd85c']);
    expect([...articlesOf('2022-01-07', true)]).toEqual(['001_433dafa3d84bb327']);
    expect(articlesOf('2022-01-13').size).toBe(5);
  });

  it('drops "also carried by" links to articles not yet published', () => {
    const early = evidenceAsOf(kazakhstan, view('2022-01-07'));
    for (const excerpt of early.excerpts)
      for (const ref of [...excerpt.alsoIn, ...excerpt.carried.flatMap((sentence) => sentence.by)])
        expect(articleStatus(ref.article, view('2022-01-07'))).not.toBe('later');
  });

  it('is the identity with no day, and never changes its input', () => {
    expect(evidenceAsOf(kazakhstan, null)).toBe(kazakhstan);
    const before = JSON.stringify(kazakhstan);
    evidenceAsOf(kazakhstan, view('2022-01-07', true));
    expect(JSON.stringify(kazakhstan)).toBe(before);
  });
});

describe('"as known on": a paged feature', () => {
  // Kazakhstan cut into a first window of 3 and pages of about 2 excerpts, as a large corpus would be.
  const stored = new Map<string, Excerpt[]>();
  const head = featureHead(
    kazakhstan,
    (page, index) => {
      stored.set(`page-${index}`, page);
      return `page-${index}`;
    },
    { firstCount: 3, firstBytes: 64 * 1024, pageBytes: 1, wholeBytes: 1 },
  );

  it('counts exactly what the day shows before any page is fetched, and pages filter to the same list', () => {
    expect(head.pages.length).toBeGreaterThan(1);
    for (const [asOf, hide] of [
      ['2022-01-07', false],
      ['2022-01-07', true],
      ['2022-01-10', false],
      ['2022-01-13', false],
    ] as const) {
      const whole = evidenceAsOf(kazakhstan, view(asOf, hide));
      const paged = headAsOf(head, view(asOf, hide));
      const list = [
        ...paged.first,
        ...paged.pages.flatMap((page) => pageAsOf(stored.get(page.url)!, view(asOf, hide))),
      ];
      expect(list).toEqual(whole.excerpts);
      expect(paged.excerptCount).toBe(whole.excerpts.length);
      expect(Object.values(paged.sourceCounts).reduce((sum, count) => sum + count, 0)).toBe(list.length);
      expect(paged.facts).toEqual(whole.facts);
    }
  });

  it('is the identity with no day', () => {
    expect(headAsOf(head, null)).toBe(head);
    expect(pageAsOf(stored.get('page-0')!, null)).toEqual(stored.get('page-0'));
  });

  it('gives the same objects back for a day that changes nothing, and new ones, right, for a day that does', () => {
    const days = Array.from({ length: 10 }, (_, index) => addDays('2022-01-05', index));
    let same = 0;
    let changed = 0;
    for (const [index, day] of days.slice(1).entries()) {
      const before = headAsOf(head, view(days[index]!));
      const after = headAsOf(head, view(day));
      // A new view of the same day: the very same result.
      expect(headAsOf(head, view(day))).toBe(after);
      const pages = head.pages.map((page) => stored.get(page.url)!);
      const pagesBefore = pages.map((page) => pageAsOf(page, view(days[index]!)));
      const pagesAfter = pages.map((page) => pageAsOf(page, view(day)));
      if (JSON.stringify(before) === JSON.stringify(after)) {
        same += 1;
        expect(after).toBe(before);
      } else {
        changed += 1;
        expect(after).not.toBe(before);
        // Facts and excerpts that stayed as they were are the same objects.
        for (const fact of after.facts) {
          const was = before.facts.find((other) => other.label === fact.label);
          if (was && JSON.stringify(was) === JSON.stringify(fact)) expect(fact).toBe(was);
        }
      }
      pagesAfter.forEach((page, at) => {
        if (JSON.stringify(page) === JSON.stringify(pagesBefore[at])) expect(page).toBe(pagesBefore[at]);
      });
      // Still exactly the filter's answer.
      expect(after).toEqual({ ...headAsOf(structuredClone(head), view(day)) });
    }
    expect(same).toBeGreaterThan(0);
    expect(changed).toBeGreaterThan(0);
  });
});

describe('"as known on": the map', () => {
  it('sets only the not-yet marks that change, and starts again on a new source', () => {
    const marks = new NotYetMarks();
    const calls: string[] = [];
    const mark = (id: string, value: boolean) => calls.push(`${id}=${value}`);
    const source = {};
    marks.show(source, new Set(['geneva', 'brussels', 'vienna']), mark);
    expect(calls.sort()).toEqual(['brussels=true', 'geneva=true', 'vienna=true']);
    calls.length = 0;
    marks.show(source, new Set(['geneva', 'brussels', 'vienna']), mark);
    expect(calls).toEqual([]);
    marks.show(source, new Set(['brussels', 'vienna']), mark);
    expect(calls).toEqual(['geneva=false']);
    calls.length = 0;
    marks.show(source, new Set(['geneva']), mark);
    expect(calls.sort()).toEqual(['brussels=false', 'geneva=true', 'vienna=false']);
    calls.length = 0;
    // A new map or style: its source has no marks yet.
    marks.show({}, new Set(['geneva']), mark);
    expect(calls).toEqual(['geneva=true']);
  });

  it('calls a feature "not yet" only before its `when` starts', () => {
    expect(notYet({ from: '2022-01-10' }, '2022-01-09')).toBe(true);
    expect(notYet({ from: '2022-01-10' }, '2022-01-10')).toBe(false);
    expect(notYet(undefined, '2000-01-01')).toBe(false);
    expect(notYet({ from: '2022-01-10' }, null)).toBe(false);
  });

  it('fades every opacity of a mission layer through feature-state, and leaves other layers alone', () => {
    const faded = fadeNotYet({
      id: 'x',
      type: 'fill',
      source: MISSION_SOURCE,
      paint: { 'fill-opacity': 0.4 },
    });
    expect(faded.paint).toEqual({
      'fill-opacity': ['case', ['boolean', ['feature-state', 'notYet'], false], 0.1, 0.4],
    });
    const base = { id: 'b', type: 'fill' as const, source: 'basemap', paint: { 'fill-opacity': 0.4 } };
    expect(fadeNotYet(base)).toBe(base);
  });
});

describe('timeline helpers', () => {
  it('moves the slider a day with the arrows, a week with PageUp/PageDown, to the ends with Home/End', () => {
    const [first, last] = ['2021-11-01', '2022-01-13'];
    expect(dayForKey('ArrowRight', '2022-01-07', first, last)).toBe('2022-01-08');
    expect(dayForKey('ArrowLeft', '2022-01-07', first, last)).toBe('2022-01-06');
    expect(dayForKey('PageUp', '2022-01-07', first, last)).toBe(last);
    expect(dayForKey('PageDown', '2022-01-07', first, last)).toBe('2021-12-31');
    expect(dayForKey('Home', '2022-01-07', first, last)).toBe(first);
    expect(dayForKey('End', '2022-01-07', first, last)).toBe(last);
    expect(dayForKey('ArrowLeft', first, first, last)).toBe(first);
    expect(dayForKey('a', '2022-01-07', first, last)).toBeNull();
  });

  it('writes days as people read them, across a year end', () => {
    expect(formatDay('2022-01-10')).toBe('10 January 2022');
    expect(formatDay('2022-02-01')).toBe('1 February 2022');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
  });

  it('spans the corpus, counts items per day and lays the features’ spans in lanes', () => {
    expect(timelineSpan(timeline)).toEqual({ first: '2022-01-06', last: '2022-01-13' });
    const counts = dayCounts(timeline.items);
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(timeline.items.length);
    const lanes = inLanes(featureSpans(timeline.features, '2022-01-13'));
    for (const a of lanes)
      for (const b of lanes)
        if (a !== b && a.lane === b.lane) expect(a.to < b.from || b.to < a.from).toBe(true);
    expect(lanes.find((entry) => entry.feature === 'csto-deployment')).toMatchObject({
      from: '2022-01-06',
      to: '2022-01-13',
      open: true,
    });
  });
});
