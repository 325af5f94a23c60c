import { describe, expect, it } from 'vitest';
import { aliasesOf, buildSearchChunks } from '../../src/vite/search-files.ts';
import { searchFeatures } from '../../src/lib/search/search-index.ts';
import { loadChunk, searchChunk, snippet } from '../../src/lib/search/search-text.ts';
import { realData } from './fixtures.ts';

describe('feature search', () => {
  const data = realData();
  it('finds features by name first, then by alias', () => {
    const results = searchFeatures(data.mapData.features, 'largest city', aliasesOf(data.evidence));
    expect(searchFeatures(data.mapData.features, 'largest city')).toEqual([]);
    expect(results[0]).toMatchObject({ featureId: 'almaty' });
    expect(searchFeatures(data.mapData.features, 'gen')[0]).toMatchObject({
      featureId: 'geneva',
      label: 'Geneva',
    });
    expect(searchFeatures(data.mapData.features, '   ')).toEqual([]);
  });
});

describe('full-text search (MiniSearch chunks built at build time)', () => {
  const data = realData();
  const chunks = buildSearchChunks(data.evidence);
  const paragraphs = new Set(
    Object.values(data.evidence.features).flatMap((feature) => feature.excerpts.map((excerpt) => excerpt.id)),
  );

  it('indexes every excerpt paragraph exactly once, across chunks of the sizes asked', () => {
    const small = buildSearchChunks(data.evidence, { first: 25, rest: 40 });
    expect(small.length).toBe(1 + Math.ceil((paragraphs.size - 25) / 40));
    expect(small[0]!.entries).toHaveLength(25);
    expect(small[1]!.entries).toHaveLength(40);
    const ids = small.flatMap((chunk) =>
      chunk.entries.map(([, article, paragraph]) => `${article}#p${paragraph}`),
    );
    expect(ids.length).toBe(paragraphs.size);
    expect(new Set(ids)).toEqual(paragraphs);
    expect(small.every((chunk) => chunk.entries.length <= 40)).toBe(true);
    // A size that is not a count is named, not looped on.
    expect(() => buildSearchChunks(data.evidence, { first: 25, rest: 0 })).toThrow(/rest is 0, not a count/);
    expect(() => buildSearchChunks(data.evidence, { first: 2.5, rest: 40 })).toThrow(/first is 2.5/);
  });

  it('finds a paragraph by its words, with every matched word marked in the snippet', () => {
    const [hit] = searchChunk(loadChunk(chunks[0]!), 'paratroopers descended');
    expect(hit?.marks.map((mark) => hit.label.slice(mark.start, mark.end).toLowerCase())).toEqual(
      expect.arrayContaining(['paratroopers', 'descended']),
    );
    const excerpt = data.evidence.features[hit!.featureId]!.excerpts.find(
      (candidate) => candidate.article === hit!.article && candidate.paragraph === hit!.paragraph,
    );
    expect(excerpt?.text).toContain('paratroopers descended');
  });

  it('reads the last word as a prefix (typing) and needs every word', () => {
    const chunk = loadChunk(chunks[0]!);
    expect(searchChunk(chunk, 'paratroopers desc').length).toBeGreaterThan(0);
    expect(searchChunk(chunk, 'paratroopers zzyzx')).toEqual([]);
    expect(searchChunk(chunk, 'pa')).toEqual([]);
  });

  it('survives the JSON round trip of a static file', () => {
    const chunk = loadChunk(JSON.parse(JSON.stringify(chunks[0])));
    expect(searchChunk(chunk, 'paratroopers descended')).toEqual(
      searchChunk(loadChunk(chunks[0]!), 'paratroopers descended'),
    );
  });
});

describe('snippet', () => {
  it('cuts around the first matched word and marks each match, accents and case aside', () => {
    const text = `${'x '.repeat(50)}Troops reached Almaty; later ALMATY airport and almaty’s mayor.`;
    const { label, marks } = snippet(text, new Set(['almaty', "almaty's"]));
    expect(label.startsWith('…')).toBe(true);
    expect(marks.map((mark) => label.slice(mark.start, mark.end))).toEqual(['Almaty', 'ALMATY', 'almaty’s']);
  });
});
