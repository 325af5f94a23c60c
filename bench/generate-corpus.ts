/**
 * A generated corpus for scale tests: articles written like the scraped seeds (navigation, body,
 * a duplicated caption, a related-stories list) and features with aliases. Deterministic per seed.
 */
export interface GeneratedFeature {
  id: string;
  aliases: string[];
  weakAliases: string[];
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SYLLABLES = [
  'ka',
  'zan',
  'tor',
  'vel',
  'mir',
  'os',
  'tal',
  'gra',
  'du',
  'nek',
  'sol',
  'bar',
  'ye',
  'lin',
  'ru',
  'pe',
];
const FILLER =
  'the talks continued while officials said troops were deployed and analysts argued about what the crisis means for the region and its neighbours'.split(
    ' ',
  );

export function generateFeatures(count: number, seed = 1): GeneratedFeature[] {
  const next = random(seed);
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(next() * 3) },
      () => SYLLABLES[Math.floor(next() * SYLLABLES.length)],
    ).join('');
  return Array.from({ length: count }, (_, index) => {
    const name = `${word()}${index}`;
    return {
      id: `gen-${index}`,
      aliases: [name[0]!.toUpperCase() + name.slice(1), `${name} region`],
      weakAliases: [`${name}ian`],
    };
  });
}

export function generateArticle(
  features: readonly GeneratedFeature[],
  index: number,
  paragraphs = 20,
  featured: readonly string[] = [],
): string {
  const next = random(index + 7);
  const pick = () => features[Math.floor(next() * features.length)]!;
  const sentence = () => {
    const words = Array.from(
      { length: 12 + Math.floor(next() * 14) },
      () => FILLER[Math.floor(next() * FILLER.length)]!,
    );
    for (let mention = 0; mention < 1 + Math.floor(next() * 3); mention += 1) {
      const feature = pick();
      words.splice(
        Math.floor(next() * words.length),
        0,
        feature.aliases[Math.floor(next() * feature.aliases.length)]!,
      );
    }
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const caption = `A photo of ${pick().aliases[0]} on January ${1 + (index % 28)}.`;
  const lines = [
    'Accessibility links',
    'Breaking News',
    `Generated article ${index}`,
    ...Array.from({ length: paragraphs }, (_, paragraph) => {
      const sentences = Array.from({ length: 2 + Math.floor(next() * 3) }, sentence);
      // Every eighth paragraph also names a featured (real) place, so that one real feature is the
      // most cited of the corpus, as the busiest places are in real news.
      if (featured.length > 0 && paragraph % 8 === 1)
        sentences.push(`Officials in ${featured[index % featured.length]} said ${sentence().toLowerCase()}`);
      return sentences.join(' ');
    }),
    caption,
    caption,
    'Subscribe to our newsletter for free.',
    'Recommended Stories',
    `  • ${pick().aliases[0]} and ${pick().aliases[0]} in the news`,
    `    ${sentence()}`,
    '  • Epic snowstorm set to slam the coast',
    '    Winter warnings span the province.',
  ];
  return lines.join('\n\n');
}
