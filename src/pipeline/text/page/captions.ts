import { CAPTION_PREFIX } from '../clean-rules.ts';
import { parseStatedDate } from '../meta/dates.ts';
import { wordCount } from '../page-lines.ts';

/**
 * Captions: text that describes a picture rather than telling the story. A caption is kept, marked
 * as a caption, never shown as the reporter's prose.
 */

/** "3/12 Protesters…", "Photo 3 of 12: …": a numbered gallery caption. */
const GALLERY_NUMBER =
  /^(?:(?:photo|image|picture|slide)\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}\b\s*[:.)—–-]?\s*\S/i;

/** "6 A view of Novoozerne, Crimea, on October 18, 2021.": a gallery's slide number glued to its caption. */
const BARE_NUMBER = /^\d{1,2}\s+(?=[\p{Lu}“"])/u;
/** A finite verb of reported news: a numbered news sentence ("12 Russians were hurt …") is no caption. */
const NEWS_VERB = /\b(was|were|had|has|have|said|says|told|will|would)\b/i;

export function isNumberedGalleryCaption(text: string): boolean {
  if (GALLERY_NUMBER.test(text) && wordCount(text) >= 4) return true;
  const rest = text.replace(BARE_NUMBER, '');
  return (
    rest !== text &&
    wordCount(rest) >= 4 &&
    wordCount(rest) <= 60 &&
    !NEWS_VERB.test(rest) &&
    (ENDS_LIKE_CAPTION.test(rest.trim()) || CREDIT_AT_END.test(rest.trim()))
  );
}

/** A photographer's credit in brackets at the end of a line: "(Name/Agency)", "(Photo: Name)". */
const CREDIT_AT_END =
  /\((?:[^()/]{2,60}\/[^()]{2,60}|(?:photo|image|file photo)\b[^()]{0,60}|[^()]{2,60}\bvia\s+[^()]{2,30})\)$|[.!?]["”’]?\s+(?:photo(?:graph)?|image|picture)s?\s*(?:by\b|:)\s*[^.()]{2,60}$/i;

/** Verbs in the present tense that say what a picture shows ("Putin attends…", "Workers gather…"). */
const DEPICTS =
  /\b(attends|attend|speaks|speak|gestures|gesture|looks|look|walks|walk|stands|stand|sits|sit|holds|hold|arrives|arrive|waves|wave|poses|pose|listens|listen|delivers|shakes|talks|gathers|gather|march|marches|rides|ride|patrols|patrol|guards|guard|pass|passes|rally|rallies|protest|protests|takes part|take part|is seen|are seen|is pictured|are pictured|chairs|greets|greet|inspects|inspect|leaves|leave|burns|burn|queue|queues|line up|lines up|board|boards|boarding|prepare|prepares|wait|waits|fly|flies)\b/;
/** "A satellite image shows …": a sentence about a picture. */
const PICTURE_SHOWS = /\b(image|photo|picture|photograph|footage|still)s?\s+(shows?|taken)\b/i;
/** Reported speech makes a news lead, not a caption ("…, officials said on Friday."). */
const REPORTED = /\b(said|says|told|according to|reported|announced|declared|confirmed)\b/i;
/** A caption ends with when and where the picture was taken, or with the photographer's credit. */
const ENDS_LIKE_CAPTION =
  /(\bon (\w+day, )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(, \d{4})?|\bin \d{4}|\b(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\.?["”]?$|\([^()]*\/[^()]*\)$|\((photo|image|file photo)[^()]*\)$/i;

/**
 * A single sentence that says what a picture shows: a depicting verb in the present tense and an
 * ending that says when it was taken or who took it. Used on the first line under a headline, where
 * pages print their lead picture's caption.
 */
export function describesPhoto(text: string): boolean {
  const sentences = text.split(/(?<=[a-z0-9)][.!?])\s+(?=[A-Z“"(])/).filter(Boolean);
  const creditOnly = sentences.length === 2 && CREDIT_AT_END.test(text.trim());
  if (sentences.length > 1 && !creditOnly) return false;
  if (wordCount(text) > 60 || REPORTED.test(text)) return false;
  const body = creditOnly ? (sentences[0] ?? '') : text;
  return (
    (DEPICTS.test(body) || PICTURE_SHOWS.test(body)) && (creditOnly || ENDS_LIKE_CAPTION.test(body.trim()))
  );
}

/** "Photo: press service of the ministry": a prefix and a credit, no picture described. */
export function isPrefixedCredit(text: string): boolean {
  const match = /^(photo|image|picture|video)\s*:\s*(.+)$/i.exec(text);
  if (!match) return false;
  const rest = match[2] ?? '';
  return (
    wordCount(rest) <= 8 && !/[.!?]$/.test(rest) && !DEPICTS.test(rest) && parseStatedDate(rest) === null
  );
}

/** A sentence that says what a picture shows and ends with the photographer's credit: a caption, wherever it stands. */
export function isCreditedCaption(text: string): boolean {
  return CREDIT_AT_END.test(text.trim()) && DEPICTS.test(text) && wordCount(text) <= 70;
}

/** A caption by its own form, wherever it stands (a lead picture's caption is decided by its place). */
export function isCaptionLike(text: string): boolean {
  return (
    describesPhoto(text) ||
    isNumberedGalleryCaption(text) ||
    isCreditedCaption(text) ||
    CAPTION_PREFIX.test(text)
  );
}
