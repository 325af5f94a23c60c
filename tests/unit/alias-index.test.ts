import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/pipeline/text/match/alias-index.ts';

function index(entries: Array<[string, string, number?]>) {
  const result = new AliasIndex();
  for (const [featureId, alias, weight = 1] of entries) result.add({ featureId, alias, weight });
  return result;
}

describe('AliasIndex', () => {
  it('finds aliases regardless of case, accents and possessives, with character offsets', () => {
    const text = "KAZAKHSTAN's army and Novo-Ogaryovo";
    const hits = index([
      ['kazakhstan', 'Kazakhstan'],
      ['novo-ogaryovo', 'Novo-Ogaryovo'],
    ]).find(text);
    expect(hits.map((hit) => [hit.featureId, text.slice(hit.start, hit.end)])).toEqual([
      ['kazakhstan', 'KAZAKHSTAN'],
      ['novo-ogaryovo', 'Novo-Ogaryovo'],
    ]);
  });

  it('finds every mention, nested ones included: a span can name several features', () => {
    const hits = index([
      ['kazakhstan', "Kazakhstan's"],
      ['almaty', "Kazakhstan's largest city"],
      ['russia', 'Russia'],
      ['brussels', 'NATO-Russia Council'],
    ]).find("Paratroopers reached Kazakhstan's largest city before the NATO-Russia Council met.");
    expect(hits.map((hit) => [hit.featureId, hit.alias])).toEqual([
      ['kazakhstan', "Kazakhstan's"],
      ['almaty', "Kazakhstan's largest city"],
      ['brussels', 'NATO-Russia Council'],
      ['russia', 'Russia'],
    ]);
  });

  it('matches whole words only', () => {
    expect(index([['russia', 'Russia']]).find('Prussian history')).toEqual([]);
  });

  it('refuses an alias with no words', () => {
    expect(() => index([['x', '—']])).toThrow(/no words/);
  });
});
