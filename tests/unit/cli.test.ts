import { describe, expect, it } from 'vitest';
import { MISSION_FEATURES } from './fixtures.ts';
import { runCli } from './cli-run.ts';

// Every command here shares one pipeline result (cli-run.ts); the refusals are in cli-refusals.test.ts.
const run = (...argv: string[]) => runCli(argv);

describe('the command line', () => {
  it('`data` prints a summary of articles, drops, features and excerpts, and exits 0', async () => {
    const result = await run('data');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Articles: 5 {3}paragraphs kept: \d+ {3}lines dropped: \d+/);
    expect(result.out).toMatch(/41st-caa\s+\d+ excerpts/);
  });

  it('`data --report` lists every dropped line with its reason', async () => {
    const result = await run('data', '--report');
    expect(result.out).toContain('Dropped lines:');
    expect(result.out).toMatch(/ 3 {2}error widget .*Oops!/);
    expect(result.out).toMatch(/off-topic related story \(headline\)\s+Epic snowstorm/);
  });

  it('`excerpts <id> --json` prints the contract fields, best first', async () => {
    const result = await run('excerpts', 'almaty', '--json', '--limit', '3');
    const list = JSON.parse(result.out) as Array<Record<string, unknown>>;
    expect(result.code).toBe(0);
    expect(list).toHaveLength(3);
    for (const item of list) {
      expect(item).toMatchObject({
        article: expect.any(String),
        paragraph: expect.any(Number),
        section: expect.stringMatching(/^(body|caption|related)$/),
        text: expect.any(String),
        score: expect.any(Number),
      });
    }
    // Best first: the articles' own text, then related stories, each by score.
    const ranks = list.map((item) => [item.section === 'related' ? 1 : 0, -(item.score as number)]);
    expect([...ranks].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)).toEqual(ranks);
    for (const item of list)
      expect(item.source).toMatchObject({
        outlet: expect.toSatisfy((value) => value === null || typeof value === 'string'),
        title: expect.toSatisfy((value) => value === null || typeof value === 'string'),
      });
  });

  it('`facts <id> --json` prints each fact with its verdict and every claim as a number with its date and source', async () => {
    const result = await run('facts', 'donbas', '--json');
    expect(result.code).toBe(0);
    const facts = JSON.parse(result.out) as Array<Record<string, unknown>>;
    expect(facts[0]).toMatchObject({ label: expect.any(String), verdict: 'agree' });
    expect(facts[0]).not.toHaveProperty('disputed');
    for (const claim of facts[0]!.claims as Array<Record<string, unknown>>)
      expect(claim).toMatchObject({
        value: expect.any(String),
        quote: expect.any(String),
        article: expect.any(String),
        paragraph: expect.any(Number),
        source: expect.objectContaining({ title: expect.any(String) }),
      });
  });

  it('answers for every mission feature', async () => {
    for (const id of MISSION_FEATURES) {
      const result = await run('excerpts', id, '--json');
      expect(JSON.parse(result.out).length, id).toBeGreaterThan(0);
    }
  });

  it('`excerpts <id>` prints each excerpt with its rank, score, source and marked words; --limit keeps the best N', async () => {
    const result = await run('excerpts', 'almaty', '--limit=2');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^1\. \[\d\.\d{3}\] \S+ ¶\d+ \((body|caption|related)\) /);
    expect(result.out).toContain('«');
    expect(result.out.match(/^\d+\. /gm)).toHaveLength(2);
  });

  it('`features --json` prints one FeatureCollection with id, layer and name on every feature', async () => {
    const collection = JSON.parse((await run('features', '--json')).out) as {
      type: string;
      features: Array<{ properties: Record<string, unknown> }>;
    };
    expect(collection.type).toBe('FeatureCollection');
    for (const feature of collection.features) {
      expect(feature.properties).toMatchObject({
        id: expect.any(String),
        layer: expect.any(String),
        name: expect.any(String),
        memberOf: expect.any(Array),
      });
    }
    const ids = new Set(collection.features.map((feature) => feature.properties['id']));
    for (const id of MISSION_FEATURES) expect(ids.has(id), id).toBe(true);
    // DESIGN.md §3: Kazakhstan is in its own layer and a member of the CSTO.
    const kazakhstan = collection.features.find((feature) => feature.properties['id'] === 'kazakhstan');
    expect(kazakhstan?.properties).toMatchObject({ layer: 'kazakhstan', memberOf: ['csto'] });
    const ukraine = collection.features.find((feature) => feature.properties['id'] === 'ukraine');
    expect(ukraine?.properties['memberOf']).toEqual([]);
  });
});
