import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run.ts';

const run = (...argv: string[]) => runCli(argv);

describe('npm run articles', () => {
  it('`articles --json` lists every article with {outlet, title, author, date, dateText} and its paragraphs', async () => {
    const result = await run('articles', '--json');
    expect(result.code).toBe(0);
    const list = JSON.parse(result.out) as Array<{
      id: string;
      file: string;
      meta: Record<string, string | null>;
      paragraphs: Array<{ index: number; section: string; text: string }>;
    }>;
    expect(list.map((article) => article.id)).toHaveLength(5);
    for (const article of list) {
      expect(Object.keys(article.meta).sort()).toEqual(['author', 'date', 'dateText', 'outlet', 'title']);
      expect(article.meta['date'] === null || /^\d{4}-\d{2}-\d{2}$/.test(article.meta['date'] ?? '')).toBe(
        true,
      );
      expect(article.file).toMatch(/^seeds\/.+\.(txt|html?)$/);
      article.paragraphs.forEach((paragraph, index) => expect(paragraph.index).toBe(index));
    }
    const dated = list.find((article) => article.id.startsWith('004'));
    expect(dated?.meta).toMatchObject({ date: '2022-01-08', dateText: 'Saturday, January 8th, 2022' });
    const rfe = list.find((article) => article.id.startsWith('000'));
    expect(rfe?.paragraphs[0]?.section).toBe('caption');
  });

  it('`data --report` says where each title, outlet, author and date came from', async () => {
    const result = await run('data', '--report');
    expect(result.out).toMatch(/Metadata \(value ← where it came from\):/);
    expect(result.out).toMatch(
      /title {3}"Kazakhstan uprising complicates Putin's Ukraine calculus" {2}← sources\.json/,
    );
    expect(result.out).toMatch(/date {4}null \(not stated\)/);
  });
});
