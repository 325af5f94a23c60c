/**
 * The name of an organisation (a masthead, a ministry, an institute): capitalised words and
 * particles only, with a word that names a kind of organisation. A headline is not one of these.
 */
const ORGANISATION_WORD =
  /\b(ministry|department|institute|institution|agency|council|office|centre|center|foundation|university|committee|government|embassy|commission|magazine|times|post|news|press|gazette|herald|tribune|journal|courier|sentinel|telegraph|wire|media|network|review|monitor|daily|weekly|monthly|chronicle|observer|dispatch|bulletin|radio|television|tv|ledger|register|inquirer|examiner|enquirer|courant|broadcasting|broadcaster|corporation)\b/i;
const PARTICLE = /^(of|the|and|for|in|on|at|de|la|le|&)$/i;
const CAPITALISED = /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*$/u;

/** A section of a site named like an outlet ("World News", "Business Review"). */
const SECTION_NAME =
  /^(world|local|national|international|business|breaking|latest|top|politics|political|sports?|health|science|tech|technology|opinion|regional|foreign|city|state|europe|asia|africa|americas|middle east|economy|culture|arts|books)\s+(news|review|post)$/i;

export function isOrganisationName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || /[.!?:;,]$/.test(text) || SECTION_NAME.test(text))
    return false;
  return ORGANISATION_WORD.test(text) && words.every((word) => CAPITALISED.test(word) || PARTICLE.test(word));
}
