import { z } from 'zod';
import { describeIssues, parseJsonInput } from '../json/json-input.ts';
import { findFigures } from '../text/figures/parse-figure.ts';
import { overlaps } from '../../contract/verdict.ts';
import { claimProblems } from './claims-check.ts';
import type { Article, Problem } from '../../contract/article.ts';
import type { Citation, Story, StoryStep } from '../../contract/story.ts';
import { isCalendarDay } from '../../contract/days.ts';
import { KEBAB_ID } from '../../contract/ids.ts';

const stepSchema = z
  .object({
    title: z.string().min(1),
    narration: z.string().min(1),
    notes: z.string().default(''),
    camera: z.object({
      center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
      zoom: z.number().min(0).max(22),
      bearing: z.number().min(-360).max(360).default(0),
      pitch: z.number().min(0).max(85).default(0),
    }),
    layers: z.array(z.string().regex(KEBAB_ID)).min(1),
    highlight: z.array(z.string().regex(KEBAB_ID)).default([]),
    /** The day the step speaks of: the map and panels show what was known on it ("as known on"). */
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is YYYY-MM-DD')
      .refine(isCalendarDay, 'not a calendar day')
      .optional(),
    /** Excerpt ids from the pipeline: `<article>#p<paragraph>`. */
    cite: z
      .array(z.string().regex(/^[^#\s]+#p\d+$/, 'an excerpt id looks like "<article>#p<n>"'))
      .min(1, 'a step must cite its evidence'),
  })
  .strict();

export const storySchema = z.object({ title: z.string().min(1), steps: z.array(stepSchema).min(1) }).strict();

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** The schema reads exactly the contract's step, its citations still ids (resolved below): one changed alone fails to compile. */
export type StepSchemaIsTheContract = Holds<
  Same<Omit<z.infer<typeof stepSchema>, 'cite'>, Omit<StoryStep, 'cite'>>
>;

export const STORY_FILE = 'story/briefing.json';

/**
 * Validates the briefing against what the pipeline knows: every layer, highlighted feature and
 * cited excerpt must exist, or the step is named in the error. Citations are resolved to verbatim text.
 */
export function resolveStory(
  text: string | null,
  articles: readonly Article[],
  knownFeatures: ReadonlySet<string>,
  knownLayers: ReadonlySet<string>,
): { story: Story | null; problems: Problem[] } {
  if (text === null) return { story: null, problems: [] };
  const input = parseJsonInput(STORY_FILE, text);
  if (!input.ok) return { story: null, problems: [input.problem] };
  const parsed = storySchema.safeParse(input.json);
  if (!parsed.success) {
    // Presenters count steps from 1: "step 3: cite: …" rather than "steps.2.cite".
    const message = describeIssues(parsed.error, ([first, index, ...rest]) =>
      first === 'steps' && typeof index === 'number'
        ? `step ${index + 1}${rest.length ? `: ${rest.map(String).join('.')}` : ''}`
        : [first, index, ...rest]
            .filter((part) => part !== undefined)
            .map(String)
            .join('.'),
    );
    return { story: null, problems: [{ file: STORY_FILE, message }] };
  }
  const paragraphs = new Map(
    articles.flatMap((article) =>
      article.paragraphs.map((paragraph) => [paragraph.id, { article, paragraph }] as const),
    ),
  );
  const problems: Problem[] = [];
  const steps = parsed.data.steps.map((step, index) => {
    const name = `step ${index + 1} ("${step.title}")`;
    for (const layer of step.layers)
      if (!knownLayers.has(layer))
        problems.push({ file: STORY_FILE, message: `${name}: unknown layer "${layer}"` });
    for (const feature of step.highlight)
      if (!knownFeatures.has(feature))
        problems.push({ file: STORY_FILE, message: `${name}: highlights unknown feature "${feature}"` });
    const cite: Citation[] = [];
    for (const id of step.cite) {
      const found = paragraphs.get(id);
      if (!found) {
        problems.push({ file: STORY_FILE, message: `${name}: cites unknown excerpt "${id}"` });
        continue;
      }
      cite.push({
        id,
        article: found.article.id,
        paragraph: found.paragraph.index,
        section: found.paragraph.section,
        text: found.paragraph.text,
        meta: found.article.meta,
        source: found.paragraph.source,
        reference: found.paragraph.reference,
      });
    }
    problems.push(...checkNarration(name, step.narration, cite));
    return { ...step, cite };
  });
  return { story: { title: parsed.data.title, steps }, problems };
}

/**
 * A step claims only what it cites: every figure in its narration ("2,500", "10 January", "2014")
 * must stand in one of its cited paragraphs; it must cite some article's own text, not only the
 * related stories kept on a page; what it says happened ("met", "opened") a cited paragraph must say
 * happened, not only schedule; and what a cited paragraph credits to someone it narrates as theirs.
 */
export function checkNarration(name: string, narration: string, cite: readonly Citation[]): Problem[] {
  const problems: Problem[] = [];
  if (cite.length > 0 && cite.every((citation) => citation.section === 'related'))
    problems.push({
      file: STORY_FILE,
      message: `${name}: cites only related stories, none of the articles' own text`,
    });
  const cited = cite.flatMap((citation) => findFigures(citation.text));
  for (const figure of findFigures(narration)) {
    // "one", "two fronts": a word below ten counts things in the telling, it reports no figure.
    if (/^\p{L}+$/u.test(figure.text) && typeof figure.number === 'number' && figure.number < 10) continue;
    if (!cited.some((other) => overlaps(figure.number, other.number)))
      problems.push({
        file: STORY_FILE,
        message: `${name}: the figure "${figure.text}" in its narration is in none of its cited paragraphs`,
      });
  }
  for (const message of claimProblems(
    narration,
    cite.map((citation) => citation.text),
  ))
    problems.push({ file: STORY_FILE, message: `${name}: ${message}` });
  return problems;
}
