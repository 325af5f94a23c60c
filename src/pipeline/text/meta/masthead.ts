import { isOrganisationName } from './organisation.ts';

/** A word where a masthead runs into its slogan: "PostDemocracy", "SentinelNews". */
const GLUED = /(\p{Ll})(\p{Lu}\p{Ll})/u;

/**
 * The outlet a masthead line names: the line itself when it is an organisation's name, or the part
 * before a slogan glued to it ("The Washington PostDemocracy Dies in Darkness" → "The Washington Post").
 */
export function mastheadName(text: string): string | null {
  if (isOrganisationName(text)) return text;
  const glued = GLUED.exec(text);
  if (!glued) return null;
  const name = text.slice(0, glued.index + 1).trim();
  return isOrganisationName(name) ? name : null;
}
