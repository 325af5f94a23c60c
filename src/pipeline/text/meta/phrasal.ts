/**
 * Chicago capitalises a preposition used as an adverb in a phrasal verb ("Put Down", "Crack Down"),
 * which a CSL processor's title case cannot tell from a preposition ("after", "to"). A source's own
 * capitals are kept; the particle of a common news phrasal verb is capitalised before formatting.
 */
const VERBS =
  'put|puts|putting|crack(?:s|ed|ing)?|shut(?:s|ting)?|step(?:s|ped|ping)?|stand(?:s|ing)?|stood|set(?:s|ting)?|take(?:s|n)?|took|taking|carr(?:y|ies|ied|ying)|pull(?:s|ed|ing)?|roll(?:s|ed|ing)?|call(?:s|ed|ing)?|send(?:s|ing)?|sent|rush(?:es|ed|ing)?|break(?:s|ing)?|broke|bring(?:s|ing)?|brought|clamp(?:s|ed|ing)?|lock(?:s|ed|ing)?|wind(?:s|ing)?|hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|ramp(?:s|ed|ing)?|scale(?:s|d)?|scaling|back(?:s|ed|ing)?|beef(?:s|ed|ing)?|shore(?:s|d)?|shoring|build(?:s|ing)?|built|stave(?:s|d)?|fend(?:s|ed|ing)?|hold(?:s|ing)?|held|pour(?:s|ed|ing)?|shoot(?:s|ing)?|shot|knock(?:s|ed|ing)?|tone(?:s|d)?|toning|water(?:s|ed|ing)?|bow(?:s|ed|ing)?|pull(?:s|ed|ing)?|stamp(?:s|ed|ing)?|wipe(?:s|d)?|wiping|play(?:s|ed|ing)?';
const PHRASAL = new RegExp(`\\b(${VERBS})\\s+(down|up|out|off|over|back|away|in)\\b(?!-)`, 'giu');

export function capitalizeParticles(title: string): string {
  return title.replace(
    PHRASAL,
    (_match, verb: string, particle: string) => `${verb} ${particle[0]!.toUpperCase()}${particle.slice(1)}`,
  );
}
