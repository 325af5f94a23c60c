import type { Excerpt } from '../../contract/article.ts';
import type { ExcerptPage, FeatureHead } from '../../contract/dataset.ts';
import { headAsOf, pageAsOf, type AsOfView } from './as-of-filter.ts';
import { loadExcerptPage } from './load-evidence.ts';

/**
 * A feature's ranked excerpts as far as they are loaded: the first window from its first file, then
 * page after page, in order, as the list asks for them (the reader scrolls or asks for more). One
 * page is fetched at a time; a failed page can be asked for again.
 *
 * "As known on" a day (`view`, read afresh whenever it changes): the first file and every page are
 * shown as known on that day. The pages stay loaded from day to day, and a day that changes nothing
 * gives the same `head` and `excerpts` (the same objects), so the list does not re-render.
 */
export class ExcerptPages {
  /** Whether a page is being fetched, and why the last fetch failed (null when it did not). */
  loading = $state(false);
  error = $state<string | null>(null);
  /** The later pages fetched so far, in order, as loaded (before the day's filter). */
  #fetched = $state.raw<ReadonlyArray<readonly Excerpt[]>>([]);
  #pending: Promise<void> | null = null;
  /** The feature's first file, whole. */
  readonly #whole: FeatureHead;
  readonly #load: (page: ExcerptPage) => Promise<readonly Excerpt[]>;
  #shown: Excerpt[] = [];

  /** The feature's first file as known on the day (the whole of it when no day is set). */
  readonly head: FeatureHead;
  /** The excerpts loaded so far, as known on the day: a prefix of the feature's ranked list. */
  readonly excerpts: Excerpt[];

  constructor(
    head: FeatureHead,
    load: (page: ExcerptPage) => Promise<readonly Excerpt[]> = loadExcerptPage,
    view: () => AsOfView | null = () => null,
  ) {
    this.#whole = head;
    this.#load = load;
    this.head = $derived(headAsOf(head, view()));
    this.excerpts = $derived.by(() => {
      const known = view();
      const next = [...this.head.first, ...this.#fetched.flatMap((page) => pageAsOf(page, known))];
      const before = this.#shown;
      if (next.length !== before.length || next.some((excerpt, index) => excerpt !== before[index]))
        this.#shown = next;
      return this.#shown;
    });
  }

  /** How many excerpts the feature has in all (as known on the day), loaded or not. */
  get total(): number {
    return this.head.excerptCount;
  }

  /** True once every page is loaded. */
  get complete(): boolean {
    return this.#fetched.length >= this.#whole.pages.length;
  }

  /** Fetches the next page (or joins the fetch in flight); resolves when it is in, or failed. */
  more(): Promise<void> {
    if (this.complete) return Promise.resolve();
    if (this.#pending) return this.#pending;
    const page = this.#whole.pages[this.#fetched.length]!;
    this.loading = true;
    this.error = null;
    this.#pending = this.#load(page)
      .then(
        (excerpts) => {
          this.#fetched = [...this.#fetched, excerpts];
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
