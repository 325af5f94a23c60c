/**
 * General rules for what in a scraped news page is not the article. Each rule names the reason a
 * dropped line is reported with. Rules describe kinds of page furniture, never a particular file.
 */

export interface LineRule {
  reason: string;
  test: (line: string) => boolean;
}

const pattern =
  (re: RegExp, maxLength = Infinity) =>
  (line: string): boolean =>
    line.length <= maxLength && re.test(line);

export const LINE_RULES: readonly LineRule[] = [
  {
    reason: 'site navigation',
    test: pattern(
      /^(accessibility links|breaking news|skip to (main )?content|menu|home|search|sections?|in this article:?|share( this)?( article| story)?|print|back to top)$/i,
    ),
  },
  {
    reason: 'error widget ("Oops! Something went wrong")',
    test: pattern(/^(oops!?|something went wrong\.?|please try again later\.?)$/i),
  },
  {
    reason: 'advertisement marker',
    test: pattern(/^(advertisement|sponsored( content)?|ad|story continues below)$/i),
  },
  {
    reason: 'subscription or newsletter pitch',
    test: pattern(
      /\b(subscribe|subscription|newsletter|sign up for|sign-up|unlock (this|full) article)\b/i,
      240,
    ),
  },
  {
    reason: 'comment notice',
    test: pattern(
      /(leave a (comment|reply)|article commenting|comments? (are|is) (now )?(closed|disabled)|your email address will not be published|join the conversation)/i,
      400,
    ),
  },
  { reason: 'category footer', test: pattern(/^(article )?(categories|tags|filed under|topics)\s*:?\s*$/i) },
  { reason: 'reading-time label', test: pattern(/^\W*\d+\s*(min|minute)s?\s+read$/i) },
  { reason: 'byline', test: pattern(/^(written by|posted by|by)\b[^.]*(\||$)/i, 120) },
  {
    reason: 'update notice',
    test: pattern(/^this (post|article|story|page) (was|has been) (last )?updated\b/i, 160),
  },
  {
    reason: 'correction notice',
    test: pattern(
      /^(an earlier version of this (article|story|post|report)|correction:|clarification:)/i,
      400,
    ),
  },
  {
    reason: 'contributor credit',
    test: pattern(/\bcontributed (reporting )?to this (report|story|article)\.?$/i, 200),
  },
  {
    reason: 'call to action',
    test: pattern(/^(got a tip\?|follow us\b|click here\b|download (our|the) app\b|send us a tip\b)/i, 200),
  },
  { reason: 'image placeholder', test: pattern(/^\d+\s*x\s*\d+\s+image$/i) },
  { reason: 'tag list', test: pattern(/^(tags|topics|keywords|filed under)\s*:\s*\S/i, 300) },
  {
    reason: 'share widget',
    test: pattern(
      /^(share|share (this|on|via|to)\b.*|share:.*|copy link|copy url|tweet|email|print this( article| page)?|(facebook|twitter|linkedin|whatsapp|telegram|reddit|vk|ok|email)([\s,|·•]+(facebook|twitter|linkedin|whatsapp|telegram|reddit|vk|ok|email|x))+)$/i,
      80,
    ),
  },
  {
    reason: "site's standards notice",
    test: pattern(/^(our (editorial )?standards|editorial standards)\s*:/i, 160),
  },
  { reason: 'caption widget', test: pattern(/^caption\s*arrow\s*caption$/i) },
  { reason: 'photo credit', test: pattern(/^(photo |image |picture )?credits?\s*:/i, 160) },
  { reason: 'photo credit', test: pattern(/^(photo|image|picture|video) source\s*[,:]\s*\S/i, 160) },
  { reason: 'caption marker', test: pattern(/^(photo|image|picture|video) caption\s*[,:]?$/i) },
  {
    reason: 'link to another story',
    test: pattern(/^(here['’]s|here is) (what|everything) (you need|to know)\b[^.!?]*$/i, 160),
  },
  { reason: 'URL', test: pattern(/^(https?:\/\/|www\.)\S+$/i) },
  { reason: 'site navigation', test: pattern(/^[^|·•.!?]{1,25}(\s*[|·•]\s*[^|·•.!?]{1,25}){2,}$/, 200) },
  { reason: 'icon or logo text', test: pattern(/^(\S+\s+){0,3}(icon|logo)$/i, 60) },
  {
    reason: 'relative time (not a date)',
    test: pattern(
      /^\W*((posted|published|updated)\s*:?\s*)?((\d+|an?|one|two|few)\s+(sec(ond)?s?|min(ute)?s?|h(ou)?rs?|days?|weeks?|months?)\s+ago|just now|yesterday|today)\W*$/i,
    ),
  },
  {
    reason: 'copyright notice',
    test: pattern(/^(©|\(c\)|copyright\b)[^.]*\d{4}.*|.*\ball rights reserved\.?$/i, 300),
  },
  // An image file name: one token joined by dashes or underscores, holding a digit or an underscore.
  { reason: 'image file slug', test: pattern(/^(?=[^\s]*[\d_])[\w.]+([-_][\w.]+)+$/) },
  {
    reason: 'photo credit',
    test: (line) =>
      (line.length <= 80 &&
        !/[.!?]$/.test(line) &&
        /\/\s*(getty( images)?|reuters|ap|afp|epa|tass|sputnik|shutterstock|alamy|anadolu)\b/i.test(line)) ||
      /^(photo|photograph|image|picture)s?\s+(by|courtesy of|credit)\b[^.]{0,80}$/i.test(line),
  },
];

export const RELATED_HEADER =
  /^(recommended( stories| for you)?|related( stories| articles| coverage| content| reading)?|more from .{1,40}|you may also like|most read|read next|more stories|further reading|read (also|more|next)|see also|more on (this|that)( story| topic)?|also read|latest( news| stories)?|more (news|galleries|videos|photos|articles|coverage)|top stories|trending( now)?|popular( now)?)\s*:?$/i;

export const CAPTION_PREFIX = /^((file |handout )?(image|photo|picture)|caption|pictured)\s*:\s*\S/i;

/** Bullets and list dots (with any indentation before them) are layout, not text. */
export const BULLET_PREFIX = /^\s*[•·▪◦‣∙*–-]\s+/u;

/** A line that ends like a sentence (punctuation, optionally inside closing quotes or brackets). */
export const ENDS_AS_SENTENCE = /[.!?…:;]["'”’)\]]*$/u;

const NAME_WORD = "[A-Z][\\p{L}'’.-]+";
export const AUTHOR_BIO = new RegExp(
  `^${NAME_WORD}(?: (?:${NAME_WORD}|[A-Z]\\.)){1,3} is (?:a|an|the)\\b.*\\b(correspondent|reporter|editor|director|writer|journalist|fellow|analyst|professor|ambassador|author|columnist|contributor|producer)\\b`,
  'u',
);

/** How many words a line may have and still be a label (heading, section name, name line). */
export const LABEL_MAX_WORDS = 6;

/** Any general line rule applies: the line is page furniture. */
export function isFurniture(line: string): boolean {
  return LINE_RULES.some((rule) => rule.test(line));
}

/**
 * Furniture that stands above the headline: a masthead glued to its slogan ("The Washington
 * PostDemocracy Dies…"), a line that repeats the site's own name and nothing else.
 */
export function isHeaderFurniture(line: string): boolean {
  return line.split(/\s+/).some((word) => /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u.test(word));
}
