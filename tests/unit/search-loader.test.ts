import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchManifest } from '../../src/contract/search.ts';
import type { IndexChunk } from '../../src/lib/search/search-text.ts';

/** The files the loader asks for, and what they hold: the seeds' index in small chunks. */
const files = vi.hoisted(() => ({
  byUrl: new Map<string, unknown>(),
  requested: [] as string[],
}));
vi.mock('../../src/lib/evidence/load-evidence.ts', () => ({
  searchManifestUrl: () => 'search.json',
  fetchJson: async (url: string) => {
    files.requested.push(url);
    if (!files.byUrl.has(url)) throw new Error(`${url}: 404 Not Found`);
    return files.byUrl.get(url);
  },
}));

const { buildSearchChunks } = await import('../../src/vite/search-files.ts');
const { realData } = await import('./fixtures.ts');

const chunks: IndexChunk[] = buildSearchChunks(realData().evidence, { first: 20, rest: 40 });
const manifest: SearchManifest = { aliases: {}, chunks: chunks.map((_, index) => `s/${index}.json`) };
files.byUrl.set('search.json', manifest);
chunks.forEach((chunk, index) => files.byUrl.set(`s/${index}.json`, chunk));

/** The position of the first chunk whose paragraphs hold `word`, and of the last. */
function chunksWith(word: string): number[] {
  return chunks.flatMap((chunk, index) =>
    chunk.entries.some(([, , , text]) => text.toLowerCase().includes(word)) ? [index] : [],
  );
}

describe('searchText: the full-text index, chunk by chunk', () => {
  // Each test with a fresh loader: loaded chunks are kept for the session.
  let searchText: typeof import('../../src/lib/search/search-loader.ts').searchText;
  beforeEach(async () => {
    files.requested.length = 0;
    vi.resetModules();
    ({ searchText } = await import('../../src/lib/search/search-loader.ts'));
  });

  it('fetches no chunk after the one that fills the list', async () => {
    // A word of the first chunk's paragraphs, asked for one hit: the first chunk answers it.
    const word = chunks[0]!.entries[0]![3].split(/\s+/).find((candidate) => /^[a-z]{6,}$/i.test(candidate))!;
    const results = await searchText(word, 1);
    expect(results).toHaveLength(1);
    expect(files.requested.filter((url) => url.startsWith('s/'))).toEqual(['s/0.json']);
  });

  it('walks on to later chunks while the list is short, reporting each chunk that adds hits', async () => {
    const holding = chunksWith('paratroopers');
    expect(holding.length).toBeGreaterThan(0);
    const partials: number[] = [];
    const results = await searchText('paratroopers', 100, (sofar) => partials.push(sofar.length));
    // Not filled: every chunk is read, in order, once.
    expect(files.requested.filter((url) => url.startsWith('s/'))).toEqual(manifest.chunks);
    expect(results.length).toBeGreaterThanOrEqual(holding.length);
    expect(partials).toHaveLength(holding.length);
    expect(partials.at(-1)).toBe(results.length);
  });
});
