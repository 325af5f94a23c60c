import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROOT, realData } from './fixtures.ts';
import type { Excerpt } from '../../src/contract/article.ts';

/**
 * Reviewed expectations, not score snapshots: for each feature, what a careful reader of the five
 * seeds decided must be found (and who wrote it), must not be found, may stand in the top three, and
 * is weak at most. A feature without a file fails; nothing is ever written by this test.
 */
const DIR = join(ROOT, 'tests', 'expectations', 'excerpts');

const place = z.object({
  article: z.string(),
  paragraph: z.number().int().min(0),
  why: z.string().optional(),
});
const expectationSchema = z
  .object({
    feature: z.string(),
    reviewed: z.string().min(10),
    /** Why, as an editor decided it: what the feature is about here and which paragraphs say so. */
    notes: z.string().min(40),
    mustFind: z
      .array(
        place.extend({
          source: z.object({
            outlet: z.string().nullable(),
            author: z.string().nullable(),
            title: z.string(),
          }),
          why: z.string().min(3),
          /** Found only as context: the paragraph another excerpt of the feature leans on. */
          context: z.boolean().optional(),
        }),
      )
      .min(1),
    mustNotFind: z.array(place.extend({ why: z.string().min(3) })).min(1),
    topThree: z.object({ mustInclude: z.array(place).min(1), allowed: z.array(place).min(1) }),
    weak: z.array(place.extend({ why: z.string().min(3) })),
  })
  .strict();

const key = (item: { article: string; paragraph: number }) => `${item.article} ¶${item.paragraph}`;

describe('excerpts match the reviewed expectations', () => {
  const output = realData();
  const features = output.mapData.features.map((feature) => feature.id);

  it('has an expectation file for every feature, and none for a feature that does not exist', () => {
    const missing = features.filter((id) => !existsSync(join(DIR, `${id}.json`)));
    expect(missing, 'features without a reviewed expectation').toEqual([]);
    const stray = readdirSync(DIR)
      .map((file) => file.replace(/\.json$/, ''))
      .filter((id) => !features.includes(id));
    expect(stray).toEqual([]);
  });

  for (const id of features) {
    it(`${id}`, () => {
      const path = join(DIR, `${id}.json`);
      expect(existsSync(path), `${path} is missing: review the articles and write it`).toBe(true);
      const expected = expectationSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      expect(expected.feature).toBe(id);
      const list: Excerpt[] = output.excerpts.get(id) ?? [];
      const found = new Map(list.map((excerpt, rank) => [key(excerpt), { excerpt, rank }]));

      for (const wanted of expected.mustFind) {
        const hit = found.get(key(wanted));
        expect(hit, `${id}: must find ${key(wanted)} (${wanted.why})`).toBeDefined();
        if (wanted.context)
          expect(hit!.excerpt.contextFor, `${id}: ${key(wanted)} is shown as context`).toBeDefined();
        const source = hit!.excerpt.source;
        expect(source.title, `${id}: ${key(wanted)} title`).toBe(wanted.source.title);
        expect(source.author, `${id}: ${key(wanted)} author`).toBe(wanted.source.author);
        // An outlet the text names must never be another's; null (not yet detected) is not a wrong value.
        if (wanted.source.outlet !== null)
          expect([wanted.source.outlet, null], `${id}: ${key(wanted)} outlet`).toContain(source.outlet);
      }
      for (const unwanted of expected.mustNotFind)
        expect(found.has(key(unwanted)), `${id}: must not find ${key(unwanted)} (${unwanted.why})`).toBe(
          false,
        );

      // A context card rides with the excerpt that leans on it: the top three are the excerpts that speak of the feature.
      const top = list
        .filter((excerpt) => excerpt.contextFor === undefined)
        .slice(0, 3)
        .map(key);
      const allowed = new Set(expected.topThree.allowed.map(key));
      for (const item of top) expect(allowed.has(item), `${id}: ${item} is in the top three`).toBe(true);
      for (const item of expected.topThree.mustInclude)
        expect(top, `${id}: ${key(item)} belongs in the top three`).toContain(key(item));
      // Weak at most: below every paragraph of the articles' own text that must be found (related
      // stories come after all own text anyway), and out of the top three when there is choice.
      const lastNeeded = Math.max(
        ...expected.mustFind.map((item) => {
          const hit = found.get(key(item));
          return hit && hit.excerpt.section !== 'related' ? hit.rank : -1;
        }),
      );
      for (const item of expected.weak) {
        const hit = found.get(key(item));
        if (!hit) continue;
        expect(hit.rank, `${id}: ${key(item)} is weak at most (${item.why})`).toBeGreaterThan(lastNeeded);
        if (list.length > 3) expect(top, `${id}: ${key(item)} is weak at most`).not.toContain(key(item));
      }
    });
  }
});
