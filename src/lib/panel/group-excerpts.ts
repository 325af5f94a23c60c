import type { ArticleSummary } from '../../contract/dataset.ts';
import type { Excerpt } from '../../contract/article.ts';
import { provenanceOf, sourceKey, type Provenance } from './provenance.ts';

export interface ExcerptGroup {
  /** One group per source: a page's own text (with its captions), or one related story on it. */
  key: string;
  provenance: Provenance;
  /** Best score in the group: groups are ordered by their best excerpt. */
  best: number;
  excerpts: Excerpt[];
}

/** Excerpts grouped by who wrote them, each group in rank order, groups ordered by their best excerpt. */
export function groupBySource(
  excerpts: readonly Excerpt[],
  articles: Readonly<Record<string, ArticleSummary>>,
): ExcerptGroup[] {
  const groups = new Map<string, ExcerptGroup>();
  for (const excerpt of excerpts) {
    const key = sourceKey(excerpt);
    let group = groups.get(key);
    if (!group) {
      group = { key, provenance: provenanceOf(excerpt, articles), best: excerpt.score, excerpts: [] };
      groups.set(key, group);
    }
    group.excerpts.push(excerpt);
    group.best = Math.max(group.best, excerpt.score);
  }
  return [...groups.values()].sort((a, b) => b.best - a.best);
}

/**
 * The first `limit` excerpts in display order, with the headers of the groups they belong to: a long
 * list renders one page at a time and every shown excerpt keeps its source header.
 */
export function firstExcerpts(groups: readonly ExcerptGroup[], limit: number): ExcerptGroup[] {
  const shown: ExcerptGroup[] = [];
  let left = Math.max(0, limit);
  for (const group of groups) {
    if (left === 0) break;
    const excerpts = group.excerpts.slice(0, left);
    left -= excerpts.length;
    shown.push(excerpts.length === group.excerpts.length ? group : { ...group, excerpts });
  }
  return shown;
}
