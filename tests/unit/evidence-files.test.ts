import { describe, expect, it } from 'vitest';
import { evidenceFiles } from '../../src/vite/evidence-files.ts';
import type { Evidence, FeatureHead } from '../../src/contract/dataset.ts';
import { realData } from './fixtures.ts';

describe('evidence as static files', () => {
  const { evidence } = realData();
  const { manifest, files } = evidenceFiles(evidence, '/base/');
  const read = <T>(url: string): T => JSON.parse(files.get(url)!) as T;

  it('gives each feature its own first file, named by the manifest, holding its evidence and first window', () => {
    expect(Object.keys(manifest.features).sort()).toEqual(Object.keys(evidence.features).sort());
    for (const [id, url] of Object.entries(manifest.features)) {
      expect(url).toMatch(new RegExp(`^/base/evidence/f/${id}-[0-9a-f]{12}\\.json$`));
      const head = read<FeatureHead>(url);
      const { first, excerptCount, pages } = head;
      const { excerpts, ...expected } = evidence.features[id]!;
      expect(head).toMatchObject(expected);
      expect(head).not.toHaveProperty('excerpts');
      expect(excerptCount).toBe(excerpts.length);
      expect(first).toEqual(excerpts.slice(0, first.length));
      expect(first.length + pages.reduce((sum, page) => sum + page.count, 0)).toBe(excerpts.length);
    }
  });

  it('gives each article its own file, through an article index', () => {
    const urls = read<Record<string, string>>(manifest.articles);
    expect(Object.keys(urls).sort()).toEqual(Object.keys(evidence.articles).sort());
    for (const [id, url] of Object.entries(urls)) expect(read(url)).toEqual(evidence.articles[id]);
  });

  it('keeps the manifest small: no excerpt or article text in it', () => {
    const body = JSON.stringify(manifest);
    expect(body.length).toBeLessThan(100 * Object.keys(evidence.features).length + 500);
    const someText = Object.values(evidence.articles)[0]!.paragraphs[0]!.text;
    expect(body).not.toContain(someText.slice(0, 40));
  });

  it('names files by content: same content, same name; one changed feature, one new name', () => {
    const again = evidenceFiles(evidence, '/base/');
    expect(again.manifest).toEqual(manifest);
    const changed: Evidence = structuredClone(evidence);
    changed.features['geneva']!.description = 'Another description.';
    const next = evidenceFiles(changed, '/base/').manifest;
    expect(next.features['geneva']).not.toBe(manifest.features['geneva']);
    expect(next.features['kazakhstan']).toBe(manifest.features['kazakhstan']);
    expect(next.articles).toBe(manifest.articles);
  });
});
