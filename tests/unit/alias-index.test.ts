import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/pipeline/text/alias-index.ts';

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

  it('lets the longest alias at a position win, so its words are not matched again', () => {
    const hits = index([
      ['kazakhstan', 'Kazakhstan'],
      ['almaty', "Kazakhstan's largest city"],
      ['russia', 'Russia'],
      ['brussels', 'NATO-Russia Council'],
    ]).find("Paratroopers reached Kazakhstan's largest city before the NATO-Russia Council met.");
    expect(hits.map((hit) => hit.featureId)).toEqual(['almaty', 'brussels']);
  });

  it('matches whole words only', () => {
    expect(index([['russia', 'Russia']]).find('Prussian history')).toEqual([]);
  });

  it('refuses an alias with no words', () => {
    expect(() => index([['x', '—']])).toThrow(/no words/);
  });
});
