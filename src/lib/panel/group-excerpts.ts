import type { ArticleSummary } from '../../contract/dataset.ts';
import type { Excerpt } from '../../contract/article.ts';

export interface ExcerptGroup {
  article: ArticleSummary;
  /** Best score in the group: groups are ordered by their best excerpt. */
  best: number;
  excerpts: Excerpt[];
}

/** Excerpts grouped by article, each group in rank order, groups ordered by their best excerpt. */
export function groupByArticle(
  excerpts: readonly Excerpt[],
  articles: Readonly<Record<string, ArticleSummary>>,
): ExcerptGroup[] {
  const groups = new Map<string, ExcerptGroup>();
  for (const excerpt of excerpts) {
    const article = articles[excerpt.article];
    if (!article) continue;
    const group = groups.get(article.id) ?? { article, best: excerpt.score, excerpts: [] };
    group.excerpts.push(excerpt);
    group.best = Math.max(group.best, excerpt.score);
    groups.set(article.id, group);
  }
  return [...groups.values()].sort((a, b) => b.best - a.best);
}
