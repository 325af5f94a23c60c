import { attributionOf } from '../text/figures/attribution.ts';

/**
 * What a narration (a briefing step, a feature's description) may claim, given the paragraphs it cites:
 * an event it says happened ("met", "opened", "arrived") must be said to have happened in a cited
 * paragraph, not only scheduled there ("set to begin", "will", "later this week"); and what a cited
 * paragraph credits to someone ("…, according to Lee") is narrated as theirs, not as fact.
 */
export type ClaimProblem =
  | { kind: 'scheduled'; word: string; scheduledAs: string }
  | { kind: 'unbacked'; word: string }
  | { kind: 'unattributed'; words: string; credited: string };

/** Events, each with the words that say it happened and the words in a source that back them. */
const EVENTS: Array<{ claims: RegExp; backs: RegExp }> = [
  { claims: /\bmet\b/giu, backs: /\b(?:met|meets|meet|meeting|convened|convenes|gathered)\b/giu },
  {
    claims: /\b(?:opened|began|started|got under way|kicked off)\b/giu,
    backs: /\b(?:opened|opens|open|began|begins|begin|started|starts|got under way|kicked off)\b/giu,
  },
  {
    claims: /\b(?:arrived|landed|descended)\b/giu,
    backs: /\b(?:arrived|arrives|arrive|arriving|landed|descended)\b/giu,
  },
  {
    claims: /\bjoined\b/giu,
    backs: /\b(?:joined|joins|attended|attends|took part|takes part|participated)\b/giu,
  },
  { claims: /\b(?:took place|was held|were held)\b/giu, backs: /\b(?:took place|was held|were held)\b/giu },
];

/** Words that make an event a plan, not a fact: before it in its sentence, or anywhere for the time words. */
const SCHEDULED_BEFORE =
  /\b(?:set to|will|would|shall|scheduled(?: to| for)?|due to|expected to|plans? to|planned|upcoming|to be held|is to|are to|was to|were to|ahead of|approach)\b[^;]*$/iu;
/** A sentence ends at . ! ? or ; before a capital ("Jan. 10" and "U.S. officials" do not end one). */
const SENTENCE_END =
  /(?<!\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col))[.!?;]["”’]?\s+(?=[“"‘]?\p{Lu})/gu;
const SCHEDULED_ANYWHERE = /\b(?:later this week|next week|in the coming days|this coming)\b/iu;

/** Markers that a narration credits a view to someone ("Lee argues", "for some", "by most accounts"). */
const CREDITS =
  /\b(?:says?|said|argues?|argued|according to|claims?|claimed|believes?|believed|view|accounts?|analysts?|experts?|for some|for others|told|writes|wrote|warns?|warned|in (?:his|her|their) words)\b/iu;

const STOP = new Set(
  'that this with from have been were which their there about would could into than them they some those these also when what where while after before other more most only such over under along near'.split(
    ' ',
  ),
);

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?…])\s+(?=[“"‘']?\p{Lu})|[;:]\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);

const contentWords = (text: string) =>
  new Set(
    (text.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? [])
      .map((word) => word.replace(/[’']s$/u, ''))
      .filter((word) => word.length >= 4 && !STOP.has(word)),
  );

/**
 * Whether the event at `index` in `text` is planned, not done: the scheduling words before it in its
 * sentence ("set to" in "set to begin"), or a time ahead anywhere in it ("later this week"); null if done.
 */
function scheduledAt(text: string, index: number): string | null {
  let sentenceStart = 0;
  let sentenceEnd = text.length;
  for (const boundary of text.matchAll(SENTENCE_END)) {
    const at = boundary.index + boundary[0].length;
    if (at <= index) sentenceStart = at;
    else {
      sentenceEnd = boundary.index;
      break;
    }
  }
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const before = SCHEDULED_BEFORE.exec(text.slice(sentenceStart, index));
  if (before) {
    const words = before[0].trim().split(/\s+/);
    return words.length <= 4 ? words.join(' ') : `${words.slice(0, 2).join(' ')} …`;
  }
  return SCHEDULED_ANYWHERE.exec(sentence)?.[0] ?? null;
}

/** Every event the narration says happened that no cited paragraph says happened. */
export function checkTense(narration: string, cited: readonly string[]): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  for (const { claims, backs } of EVENTS) {
    for (const claim of narration.matchAll(claims)) {
      if (scheduledAt(narration, claim.index) !== null) continue;
      let backed = false;
      let scheduledAs: string | null = null;
      for (const text of cited)
        for (const back of text.matchAll(backs)) {
          const plan = scheduledAt(text, back.index);
          if (plan === null) backed = true;
          else scheduledAs ??= `${plan} ${back[0]}`;
        }
      if (backed) continue;
      problems.push(
        scheduledAs
          ? { kind: 'scheduled', word: claim[0], scheduledAs }
          : { kind: 'unbacked', word: claim[0] },
      );
    }
  }
  return problems;
}

/**
 * Every narration sentence (or clause) that restates a cited sentence credited to someone ("…,
 * according to Lee") without crediting it: it shares at least half its words with that sentence and
 * names neither the person nor any reporting word.
 */
export function checkAttribution(narration: string, cited: readonly string[]): ClaimProblem[] {
  const sources = cited.flatMap(sentencesOf).map((sentence) => ({ sentence, words: contentWords(sentence) }));
  const problems: ClaimProblem[] = [];
  for (const told of sentencesOf(narration)) {
    const words = contentWords(told);
    if (words.size < 4 || CREDITS.test(told)) continue;
    let best: { sentence: string; share: number } | null = null;
    for (const source of sources) {
      const shared = [...words].filter((word) => source.words.has(word)).length;
      const share = shared / words.size;
      if (!best || share > best.share) best = { sentence: source.sentence, share };
    }
    if (!best || best.share < 0.5) continue;
    const credited =
      attributionOf(best.sentence, 0)?.name ?? attributionOf(best.sentence, best.sentence.length)?.name;
    if (!credited) continue;
    const names = credited.match(/\p{Lu}[\p{L}’'-]+/gu) ?? [];
    if (names.some((name) => told.includes(name))) continue;
    problems.push({ kind: 'unattributed', words: told, credited });
  }
  return problems;
}

/** Every problem of a narration, in words that name the offending word or the person to credit. */
export function claimProblems(narration: string, cited: readonly string[]): string[] {
  return [...checkTense(narration, cited), ...checkAttribution(narration, cited)].map((problem) => {
    switch (problem.kind) {
      case 'scheduled':
        return `says "${problem.word}", but its cited paragraphs only schedule it ("${problem.scheduledAs}")`;
      case 'unbacked':
        return `says "${problem.word}", but none of its cited paragraphs says so`;
      case 'unattributed':
        return `states as fact what its cited paragraph credits to ${problem.credited} ("${problem.words}"): narrate it as theirs`;
    }
  });
}
