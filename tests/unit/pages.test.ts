import { describe, expect, it } from 'vitest';
import { foldForComparison } from '../../src/pipeline/text/fold.ts';
import {
  expectationOf,
  FIELDS,
  HELD_OUT_DIR,
  PAGES_DIR,
  pagesIn,
  readFixture,
  verdictOf,
  type PageExpectation,
  type Verdict,
} from './page-fixtures.ts';

const tuning = pagesIn(PAGES_DIR);
const heldOut = pagesIn(HELD_OUT_DIR);

function checkPage(dir: string, page: string, expected: PageExpectation) {
  const { article, problems } = readFixture(dir, page);
  expect(problems, page).toEqual([]);
  expect(article, page).not.toBeNull();
  if (!article) return;
  const { outlet, title, author, date } = article.meta;
  const found = { outlet, title, author, date };
  const own = { ...found, ...(article.meta.via ? { via: article.meta.via } : {}) };
  expect(article.meta.via ?? null, `${page} via`).toBe(expected.meta.via ?? null);
  for (const field of FIELDS)
    expect(verdictOf(field, found[field], expected.meta[field]), `${page} ${field}: "${found[field]}"`).toBe(
      'right',
    );
  if (article.meta.date !== null) expect(article.meta.dateText, `${page} dateText`).not.toBeNull();
  for (const keep of expected.keep) {
    const paragraph = article.paragraphs.find((candidate) => candidate.text === keep.text);
    expect(paragraph, `${page} keeps: ${keep.text.slice(0, 60)}`).toBeDefined();
    expect(paragraph?.section, `${page} section of: ${keep.text.slice(0, 60)}`).toBe(keep.section);
    if (keep.source)
      expect(paragraph?.source, `${page} source of: ${keep.text.slice(0, 60)}`).toEqual(keep.source);
    else if (paragraph?.section === 'caption')
      // A caption is the page's, never its author's writing; it carries the photo's credit where stated.
      expect(paragraph.source, `${page}: caption credited to the page`).toEqual({
        ...own,
        author: null,
        ...(keep.credit ? { credit: keep.credit } : {}),
      });
    else if (paragraph) expect(paragraph.source, `${page}: own text credited to the page`).toEqual(own);
  }
  const html = /\.html?$/i.test(page);
  for (const line of expected.drop) {
    const needle = foldForComparison(line);
    const kept = article.paragraphs.find((paragraph) => foldForComparison(paragraph.text).includes(needle));
    expect(kept?.text, `${page} must drop: ${line}`).toBeUndefined();
    const reported =
      article.dropped.some((dropped) => foldForComparison(dropped.text).includes(needle)) ||
      (html && article.dropped.some((dropped) => dropped.reason === 'script' || dropped.reason === 'style'));
    expect(reported, `${page} reports the dropped: ${line}`).toBe(true);
  }
}

describe('fixture pages: every layout has a reviewed expectation', () => {
  it('has at least 10 page layouts, at least 3 of them held out, each with its expectation', () => {
    expect(tuning.length + heldOut.length).toBeGreaterThanOrEqual(10);
    expect(heldOut.length).toBeGreaterThanOrEqual(3);
    const missing = [
      ...tuning.filter((page) => expectationOf(PAGES_DIR, page) === null),
      ...heldOut
        .filter((page) => expectationOf(HELD_OUT_DIR, page) === null)
        .map((page) => `held-out/${page}`),
    ];
    expect(missing, 'fixture pages without an .expect.json').toEqual([]);
  });
});

describe.each(tuning)('fixture page %s', (page) => {
  it('comes out as its reviewed expectation says (metadata, kept paragraphs, dropped furniture)', () => {
    const expected = expectationOf(PAGES_DIR, page);
    expect(expected, `${page} has no .expect.json`).not.toBeNull();
    if (expected) checkPage(PAGES_DIR, page, expected);
  });
});

describe('held-out pages (written before the rules, never tuned on)', () => {
  it.each(heldOut)('%s comes out as its reviewed expectation says', (page) => {
    const expected = expectationOf(HELD_OUT_DIR, page);
    expect(expected, `held-out/${page} has no .expect.json`).not.toBeNull();
    if (expected) checkPage(HELD_OUT_DIR, page, expected);
  });

  it('states no wrong title, outlet, author or date (null is allowed); shares are printed', () => {
    const counts: Record<Verdict, number> = { right: 0, null: 0, wrong: 0 };
    const wrong: string[] = [];
    for (const page of heldOut) {
      const expected = expectationOf(HELD_OUT_DIR, page);
      const { article } = readFixture(HELD_OUT_DIR, page);
      for (const field of FIELDS) {
        const found = article?.meta[field] ?? null;
        const verdict = expected ? verdictOf(field, found, expected.meta[field]) : 'wrong';
        counts[verdict] += 1;
        if (verdict === 'wrong') wrong.push(`${page} ${field}: "${found}"`);
      }
    }
    const total = counts.right + counts.null + counts.wrong;
    console.log(
      `held-out fields: ${counts.right}/${total} right, ${counts.null}/${total} null, ${counts.wrong}/${total} wrong`,
    );
    expect(wrong).toEqual([]);
  });
});
