import type { Excerpt } from '../../contract/article.ts';
import type { ExcerptPage, FeatureHead } from '../../contract/dataset.ts';
import { loadExcerptPage } from './load-evidence.ts';

/**
 * A feature's ranked excerpts as far as they are loaded: the first window from its first file, then
 * page after page, in order, as the list asks for them (the reader scrolls or asks for more). One
 * page is fetched at a time; a failed page can be asked for again.
 */
export class ExcerptPages {
  /** The excerpts loaded so far: a prefix of the feature's ranked list. */
  excerpts = $state.raw<Excerpt[]>([]);
  /** Whether a page is being fetched, and why the last fetch failed (null when it did not). */
  loading = $state(false);
  error = $state<string | null>(null);
  /** Pages loaded so far. */
  #loaded = $state(0);
  #pending: Promise<void> | null = null;
  readonly head: FeatureHead;
  readonly #load: (page: ExcerptPage) => Promise<Excerpt[]>;

  constructor(head: FeatureHead, load: (page: ExcerptPage) => Promise<Excerpt[]> = loadExcerptPage) {
    this.head = head;
    this.#load = load;
    this.excerpts = head.first;
  }

  /** How many excerpts the feature has in all, loaded or not. */
  get total(): number {
    return this.head.excerptCount;
  }

  /** True once every page is loaded. */
  get complete(): boolean {
    return this.#loaded >= this.head.pages.length;
  }

  /** Fetches the next page (or joins the fetch in flight); resolves when it is in, or failed. */
  more(): Promise<void> {
    if (this.complete) return Promise.resolve();
    if (this.#pending) return this.#pending;
    const page = this.head.pages[this.#loaded]!;
    this.loading = true;
    this.error = null;
    this.#pending = this.#load(page)
      .then(
        (excerpts) => {
          this.excerpts = [...this.excerpts, ...excerpts];
          this.#loaded += 1;
        },
        (error: unknown) => {
          this.error = error instanceof Error ? error.message : String(error);
        },
      )
      .finally(() => {
        this.loading = false;
        this.#pending = null;
      });
    return this.#pending;
  }

  /** Loads pages until `enough` says the loaded excerpts suffice, every page is in, or a page fails. */
  async until(enough: (excerpts: readonly Excerpt[]) => boolean): Promise<void> {
    while (!enough(this.excerpts) && !this.complete) {
      await this.more();
      if (this.error !== null) return;
    }
  }

  /** The whole ranked list (for an export): every page is fetched first. Throws when one fails. */
  async all(): Promise<Excerpt[]> {
    await this.until(() => false);
    if (!this.complete) throw new Error(this.error ?? 'not every page of excerpts could be loaded');
    return this.excerpts;
  }
}
