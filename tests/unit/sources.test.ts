import { describe, expect, it } from 'vitest';
import { checkStated, parseSources } from '../../src/pipeline/text/meta/sources.ts';

describe('sources', () => {
  it('accepts null for what the text does not state', () => {
    const parsed = parseSources('{"a": {"outlet": null, "title": "T", "author": null, "date": null}}');
    expect(parsed.problems).toEqual([]);
    expect(checkStated('a', parsed.sources['a']!, 'T\nbody')).toEqual([]);
  });
  it('reports a value the article does not state, naming the field', () => {
    const problems = checkStated(
      'a',
      { outlet: 'Reuters', title: null, author: null, date: null },
      'No outlet here.',
    );
    expect(problems[0]?.message).toBe(
      'a.outlet "Reuters" is not stated in the article\'s text (use null when it is not)',
    );
  });
  it('refuses unknown fields and broken JSON with the file named', () => {
    expect(
      parseSources('{"a": {"outlet": null, "title": null, "author": null, "date": null, "guess": 1}}')
        .problems[0]?.file,
    ).toBe('seeds/sources.json');
    expect(parseSources('{').problems[0]?.message).toMatch(/not valid JSON/);
  });
});
