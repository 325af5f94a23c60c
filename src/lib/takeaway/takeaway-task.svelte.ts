/**
 * One export at a time (the image or the handout): busy while it runs, its error in words when it
 * fails. The work itself is loaded on demand by the caller's `run`.
 */
/** A download that did not happen ("Failed to fetch", a chunk that would not load), in any browser's words. */
const NETWORK =
  /failed to fetch|networkerror|dynamically imported module|importing a module script failed|load failed/i;

/** Why an export failed, in words a presenter can act on: a failed download says so, and whether offline. */
export function takeawayFailure(
  error: unknown,
  online = typeof navigator === 'undefined' || navigator.onLine,
): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!NETWORK.test(message)) return message;
  return online
    ? `a file it needs could not be downloaded (${message}); try again`
    : 'you are offline, and a file it needs was not kept for offline use; try again once online';
}

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
      this.error = takeawayFailure(error);
    } finally {
      this.busy = false;
    }
  }
}
