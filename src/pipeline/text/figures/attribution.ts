/**
 * Who a sentence says states its content: "Ukraine's defence ministry said …", "…, according to the
 * United Nations", "“…,” Lee said", "…, said the ministry", "Sputnik quoted the interior ministry as
 * saying …". The words are verbatim from the sentence; `null` when no one is named.
 */

const VERB =
  '(?:said|says|say|told|tells|reported|estimated|claimed|stated|announced|announces|added|adds|warned|warns|believes|believed|counted|put the (?:figure|number|toll) at|(?:estimates?|claims?|reports?|states|counts?)(?=\\s+that\\b))';
const TIME = String.raw`(?:\s+(?:on|late on|early on)\s+\p{Lu}\p{L}+|\s+(?:today|yesterday|last week|this week|earlier|in a statement|on Facebook|on Telegram|on Twitter))*`;

const ACCORDING = /\b(?:according to|per|citing|as reported by)\s+([^,;.()“”"]+)/iu;
const QUOTED_AS = new RegExp(String.raw`\bquoted\s+(.+?)\s+as\s+saying\b`, 'iu');
/** "X said (on Sunday) (that) …": the subject before the verb. */
const SUBJECT_VERB = new RegExp(String.raw`${VERB}${TIME}(?:\s+that\b|\s+(?=\S))`, 'gu');
/** Whom a closing "told" names: "told reporters", "told the Ledger". */
const TOLD_WHOM = String.raw`(?:\s+(?:reporters|journalists|(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*))?`;
/** "…,” Lee said." or "…, said the ministry." at the end of a sentence (case matters: names). */
const TRAILING_SUBJECT = new RegExp(
  String.raw`[,”"’](?!\d)\s*([^,;“”"]+?)\s+${VERB}${TOLD_WHOM}${TIME}\s*[.!?]?\s*$`,
  'u',
);
const TRAILING_INVERTED = new RegExp(
  String.raw`[,”"’](?!\d)\s*${VERB}\s+([^,;“”"]+?)(?:,[^,;]*)?\s*[.!?]?\s*$`,
  'u',
);
/** "are estimated by Western intelligence to be …". */
const PASSIVE_AGENT =
  /\b(?:estimated|reported|counted|put|confirmed|given)\s+by\s+([^,;.]+?)(?=\s+(?:to|at|as|on)\b|[,;.]|$)/iu;

/** A proper name of up to four words ("Stanislav Zas"). */
const NAME = /^(?:\p{Lu}[\p{L}.’'-]*\s?){1,4}$/u;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|widely|not)\s*$/iu;
const LEADING = /^(?:and|but|so|yet|however|meanwhile|now|still|also|separately)\b[\s,]*/iu;
const NOT_AN_AGENT = /^(?:it|this|that|which|who|he|she|they|there|what)$/iu;

export interface Attribution {
  /** Who, verbatim ("Ukraine's defence ministry"). */
  name: string;
  /** Where the words that credit them start in the sentence. */
  at: number;
}

/** The named party a sentence credits for the words at `at`, or null. */
export function attributionOf(sentence: string, at: number): Attribution | null {
  const found = (name: string | null, where: number) => (name ? { name, at: where } : null);
  const quotedAs = QUOTED_AS.exec(sentence);
  if (quotedAs) return found(clean(quotedAs[1]!), quotedAs.index);
  const according = ACCORDING.exec(sentence);
  if (according) return found(clean(according[1]!), according.index);
  const passive = PASSIVE_AGENT.exec(sentence);
  if (passive) return found(clean(passive[1]!), passive.index);
  // A reporting clause closing the sentence, after the figure.
  const trailing = TRAILING_SUBJECT.exec(sentence);
  if (trailing && trailing.index >= at) return found(clean(trailing[1]!), trailing.index);
  const inverted = TRAILING_INVERTED.exec(sentence);
  if (inverted && inverted.index >= at) return found(clean(inverted[1]!), inverted.index);
  // A reporting verb before the figure: its subject states it.
  for (const match of sentence.matchAll(SUBJECT_VERB)) {
    if (match.index > at) break;
    // "have said" is the subject's own; "was reported", "had been said" name no one.
    const before = sentence.slice(0, match.index).replace(/\s+(?:have|has|had)\s*$/iu, ' ');
    if (PASSIVE_BEFORE.test(before)) continue;
    const subject = subjectBefore(before);
    if (subject) return { name: subject, at: match.index };
  }
  return null;
}

/**
 * The subject that ends `before`: from the last clause break, and for an apposition ("Rob Lee, Russia
 * military analyst at King's College London, told …") the name before it.
 */
function subjectBefore(before: string): string | null {
  const trimmed = before.replace(/\s+$/, '');
  if (trimmed.endsWith(',')) {
    // Apposition: "Name, description," + verb.
    const parts = trimmed.slice(0, -1).split(/,\s+/);
    if (parts.length < 2) return null;
    const head = lastClause(parts.at(-2)!);
    // "The CSTO's secretary general, Stanislav Zas, said": the name after a title belongs with it.
    return NAME.test(parts.at(-1)!) ? clean(`${head}, ${parts.at(-1)!}`) : clean(head);
  }
  const clause = lastClause(trimmed);
  return clean(clause);
}

function lastClause(text: string): string {
  const parts = text.split(/[;:—–(]|,\s|\bthat\s|\b(?:and|but|while|as|because|after)\s+(?=\p{Lu}|the\s)/u);
  return parts.at(-1) ?? text;
}

function clean(words: string): string | null {
  const text = words
    .replace(LEADING, '')
    .replace(/\s+(?:then|also|later|again|earlier|previously|recently|now|first)\s*$/iu, '')
    .replace(/[\s,.“”"]+$/u, '')
    .replace(/^[\s“”"]+/u, '')
    .trim();
  if (!text || NOT_AN_AGENT.test(text) || text.split(/\s+/).length > 12) return null;
  return text;
}
