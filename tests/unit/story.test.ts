import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveStory } from '../../src/pipeline/story/story.ts';
import { keyCommand } from '../../src/lib/state/keyboard.ts';
import { nextStep } from '../../src/lib/story/presentation.svelte.ts';
import { ROOT, realData } from './fixtures.ts';

const data = realData();
const features = new Set(data.mapData.features.map((feature) => feature.id));
const layers = new Set(data.mapData.layers.map((layer) => layer.id));
const briefing = readFileSync(join(ROOT, 'story', 'briefing.json'), 'utf8');
const resolve = (value: unknown) => resolveStory(JSON.stringify(value), data.articles, features, layers);

const step = {
  title: 'Almaty',
  narration: 'The CSTO is here.',
  camera: { center: [76.9, 43.25], zoom: 6 },
  layers: ['forces'],
  highlight: ['almaty'],
  cite: ['002_a4ce2fad56d8df3c#p0'],
};

describe('the briefing', () => {
  it('has at least eight steps, each with its camera, layers and verbatim citations', () => {
    const { story, problems } = resolveStory(briefing, data.articles, features, layers);
    expect(problems).toEqual([]);
    expect(story?.steps.length).toBeGreaterThanOrEqual(8);
    for (const item of story?.steps ?? []) {
      expect(item.cite.length).toBeGreaterThan(0);
      for (const citation of item.cite) {
        expect(data.evidence.articles[citation.article]?.paragraphs[citation.paragraph]?.text).toBe(
          citation.text,
        );
      }
    }
  });

  it('names the step that cites an unknown excerpt', () => {
    const { problems } = resolve({
      title: 'T',
      steps: [step, { ...step, title: 'Bad', cite: ['002_a4ce2fad56d8df3c#p999'] }],
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'step 2 ("Bad"): cites unknown excerpt "002_a4ce2fad56d8df3c#p999"',
    ]);
  });

  it('names the step that highlights an unknown feature or shows an unknown layer', () => {
    const { problems } = resolve({
      title: 'T',
      steps: [{ ...step, layers: ['weather'], highlight: ['atlantis'] }],
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'step 1 ("Almaty"): unknown layer "weather"',
      'step 1 ("Almaty"): highlights unknown feature "atlantis"',
    ]);
  });

  it('refuses a step that cites nothing, naming the step and field', () => {
    const { problems } = resolve({ title: 'T', steps: [step, { ...step, cite: [] }] });
    expect(problems[0]?.message).toMatch(/^step 2: cite: a step must cite its evidence/);
  });

  it('fails the whole build, naming the step, when the story is wrong', () => {
    expect(
      resolveStory('{"title": "T", "steps": [', data.articles, features, layers).problems[0]?.message,
    ).toMatch(/not valid JSON/);
  });
});

describe('presenter keys', () => {
  it('maps a clicker’s keys to commands', () => {
    const presenting = { presenting: true, panelOpen: false, dialogOpen: false, typing: false };
    const press = (key: string, ctrlKey = false) =>
      keyCommand({ key, altKey: false, ctrlKey, metaKey: false }, presenting);
    expect(['ArrowRight', 'PageDown', ' '].map((key) => press(key))).toEqual(['next', 'next', 'next']);
    expect(press('PageUp')).toBe('previous');
    expect(press('f', true)).toBeNull();
  });
  it('keeps the step within the briefing', () => {
    expect(nextStep(9, 9, 'next')).toBe(9);
    expect(nextStep(1, 9, 'previous')).toBe(1);
    expect(nextStep(4, 9, 'last')).toBe(9);
    expect(nextStep(4, 9, 'first')).toBe(1);
  });
});
