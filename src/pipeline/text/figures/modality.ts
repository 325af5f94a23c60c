import { attributionOf } from './attribution.ts';
import type { Modality } from '../../../contract/dataset.ts';

export interface FigureReading {
  modality: Modality;
  /** Who is said to state it, verbatim from the sentence ("Ukraine's defence ministry"); null when unnamed. */
  attributedTo: string | null;
}

/** Clause breaks: a figure's modality is read in its own clause. */
const CLAUSE =
  /;|\s[—–-]{1,2}\s|[—–()]|,\s+(?=(?:\p{Ll}+\s+){0,2}(?:which|whose|whom|who|where|when|while|but|although|though|whereas|even|yet|so|and|or)\b)|\s(?=(?:but|while|whereas|although)\s)/gu;

/** A modal verb before the figure that makes it a possibility, not a count ("could eventually reach"). */
const MODAL = /\b(?:could|may|might|would|will|shall|can)\b(?!\s+(?:have|already|not have)\b)|['’]ll\b/iu;
const PROSPECT =
  /\b(?:expected|projected|forecast|set|poised|likely|due|planning|plans?|planned|aims?|aiming|intends?|intending|threaten(?:s|ed|ing)?|preparing|prepared|hopes?|hoping|going|ready)\s+to\b|\b(?:if|unless|in the offing|potential(?:ly)?|possible|up to \p{L}+ more)\b/iu;
/** The same, right after a figure that is the subject: "175,000 troops could be massed". */
const MODAL_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}’'-]+){0,3}?\s+(?:${MODAL.source}|(?:is|are|were|was)\s+(?:${PROSPECT.source}))`,
  'iu',
);
/** A definite figure ("the 100,000 troops could invade") is a count the modal does not govern. */
const DEFINITE_BEFORE = /\b(?:the|these|those|its|their|his|her|our)\s+(?:\p{L}+\s+){0,1}$/iu;

/** "was reported to have killed", "have been reported dead", "reportedly": someone unnamed states it. */
const REPORTED_BY_SOMEONE =
  /\b(?:is|are|was|were|been|being)\s+(?:reported|said|believed|thought|feared|alleged|estimated\s+by|claimed)\b|\b(?:reportedly|allegedly|purportedly)\b/iu;

/** The clause of `sentence` that holds [start, end). */
function clauseOf(sentence: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = sentence.length;
  for (const match of sentence.matchAll(CLAUSE)) {
    const at = match.index;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { from, to };
}

/**
 * Reads a figure in its sentence (`start`/`end` are the figure's offsets in it): projected when its
 * clause makes it a possibility ("could eventually reach 175,000", "are expected to number 50,000",
 * "if Moscow sends … one hundred thousand"), attributed when the sentence credits someone with it
 * ("Ukraine's defence ministry said", "according to Reuters", "“…,” Lee said") or says it is reported
 * without naming who ("was reported to have killed"), else reported. "are estimated to be deployed"
 * is the outlet's own estimate (reported); "may have died" is hedged, not projected.
 */
export function readFigure(sentence: string, start: number, end: number): FigureReading {
  const { from, to } = clauseOf(sentence, start, end);
  // A relative clause closed before the figure ("Veska, which could call up reservists, has 30,000")
  // is not the figure's.
  const before = sentence.slice(from, start).replace(/^(?:which|who|whom|whose|where|when)\b[^,]*,\s*/u, '');
  const after = sentence.slice(end, to);
  const credited = attributionOf(sentence, start);
  // "Putin claimed the unrest that was reported to have killed some 164 people": the nearer
  // "was reported" says the figure is not Putin's, and names no one.
  const unnamed = REPORTED_BY_SOMEONE.exec(sentence.slice(from, to));
  const named =
    credited && !(unnamed && from + unnamed.index > credited.at && from + unnamed.index < start)
      ? credited.name
      : null;
  const projected =
    MODAL.test(before) ||
    PROSPECT.test(before) ||
    (!DEFINITE_BEFORE.test(sentence.slice(0, start)) && MODAL_AFTER.test(after));
  if (projected) return { modality: 'projected', attributedTo: named };
  if (named) return { modality: 'attributed', attributedTo: named };
  if (unnamed) return { modality: 'attributed', attributedTo: null };
  return { modality: 'reported', attributedTo: null };
}
