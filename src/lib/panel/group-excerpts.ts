import type { ArticleSummary } from '../../contract/dataset.ts';
import type { Excerpt } from '../../contract/article.ts';
import { sourceKey } from '../../contract/source-key.ts';
import { provenanceOf, type Provenance } from '../sources/provenance.ts';

export interface ExcerptGroup {
  /** One group per source: a page's own text (with its captions), or one related story on it. */
  key: string;
  provenance: Provenance;
  /** Best score in the group. */
  best: number;
  excerpts: Excerpt[];
}

/**
 * Excerpts grouped by who wrote them, without reordering the ranking: each group stands where its
 * first (best-ranked) excerpt ranks, and holds its source's excerpts in rank order. So the first card
 * is always the top-ranked excerpt, and when every source has one excerpt the panel reads exactly as
 * `npm run excerpts -- <id> --json` prints. (A group's order is never its best score: scores are not
 * comparable across tiers, and own text ranks above a related story that scores higher.)
 */
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
  // A Map keeps the order in which its keys were first set: each source where it first ranks.
  return [...groups.values()];
}

/** What of a long list is rendered: so many sources, and so many excerpts of each. */
export interface ListWindow {
  /** Sources (groups) rendered, best first. */
  groups: number;
  /** Excerpts rendered per source, by group key; `perGroup` for a source not listed. */
  shownIn: Readonly<Record<string, number>>;
}

/** A first screen: the best few excerpts of the best sources, so every outlet is seen before depth. */
export const FIRST_WINDOW = { groups: 8, perGroup: 3 } as const;
/** Sources in the panel's first frame (the top-ranked excerpt's, about a screen); the rest of the first window follows it. */
export const FIRST_PAINT_GROUPS = 1;
/** What one "Show more" adds: excerpts within a source, or sources. */
export const MORE_EXCERPTS = 20;
export const MORE_SOURCES = 8;

export interface VisibleGroup extends ExcerptGroup {
  /** This source's excerpts not rendered yet. */
  hidden: number;
}

export function shownInGroup(window: ListWindow, key: string): number {
  return window.shownIn[key] ?? FIRST_WINDOW.perGroup;
}

/** The groups and excerpts a window renders; every rendered excerpt keeps its group header. */
export function windowGroups(groups: readonly ExcerptGroup[], window: ListWindow): VisibleGroup[] {
  return groups.slice(0, Math.max(0, window.groups)).map((group) => {
    const excerpts = group.excerpts.slice(0, Math.max(0, shownInGroup(window, group.key)));
    return { ...group, excerpts, hidden: group.excerpts.length - excerpts.length };
  });
}
