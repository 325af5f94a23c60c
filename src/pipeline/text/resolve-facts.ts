import { normalizeForComparison } from './clean.ts';
import type { ResolvedClaim, ResolvedFact } from '../../contract/dataset.ts';
import type { Fact } from '../geo/geo-schema.ts';
import type { Article } from '../../contract/article.ts';

/**
 * Ties each stated figure to the exact words of its article: the quote must stand in one cleaned
 * paragraph (quotes, dashes and case aside), or the fact is reported, never shown unsourced.
 */
export function resolveFacts(
  facts: readonly Fact[],
  articles: readonly Article[],
): { facts: ResolvedFact[]; problems: string[] } {
  const problems: string[] = [];
  const resolved: ResolvedFact[] = [];
  for (const fact of facts) {
    const claims: ResolvedClaim[] = [];
    for (const claim of fact.claims) {
      const article = articles.find((candidate) => candidate.id === claim.article);
      if (!article) {
        problems.push(
          `fact "${fact.label}": article "${claim.article}" is not in seeds/ (or could not be read)`,
        );
        continue;
      }
      const wanted = foldForSearch(claim.quote);
      const paragraph = article.paragraphs.find((candidate) =>
        foldForSearch(candidate.text).includes(wanted),
      );
      if (!paragraph) {
        problems.push(
          `fact "${fact.label}": quote "${claim.quote}" is not in the cleaned text of ${claim.article}`,
        );
        continue;
      }
      // Folding keeps every character's position, so the offset found is the original's.
      const start = foldForSearch(paragraph.text).indexOf(wanted);
      const end = start + wanted.length;
      claims.push({
        value: claim.value,
        article: article.id,
        paragraph: paragraph.index,
        start,
        end,
        quote: paragraph.text.slice(start, end),
        number: null,
        asOf: null,
        source: paragraph.source,
      });
    }
    if (claims.length === 0) continue;
    const values = new Set(claims.map((claim) => normalizeForComparison(claim.value)));
    const verdict = claims.length === 1 ? 'single' : values.size > 1 ? 'differ' : 'agree';
    resolved.push({ label: fact.label, verdict, claims, disputed: verdict === 'differ' });
  }
  return { facts: resolved, problems };
}

/** Case, curly quotes, dashes and kinds of space aside; one character in, one character out. */
function foldForSearch(text: string): string {
  return text
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐-―]/g, '-')
    .replace(/\s/g, ' ')
    .replace(/\p{Lu}/gu, (letter) => (letter.toLowerCase().length === 1 ? letter.toLowerCase() : letter));
}
