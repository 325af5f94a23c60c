/**
 * One export at a time (the image or the handout): busy while it runs, its error in words when it
 * fails. The work itself is loaded on demand by the caller's `run`.
 */
export class TakeawayTask {
  busy = $state(false);
  error = $state<string | null>(null);
  /** A short note after success ("Saved two-fronts-almaty-2026-12-02.png"). */
  done = $state<string | null>(null);

  async run(work: () => Promise<string>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    this.done = null;
    try {
      this.done = await work();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }
}
