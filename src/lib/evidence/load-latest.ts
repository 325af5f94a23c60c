/**
 * What the UI knows about one load, for the key it was asked for. A failed load says what failed, in
 * words; `offline` is a failure while the browser says it is offline (it may load once back online).
 * `loading` may carry what has arrived so far (search hits come chunk by chunk).
 */
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading'; key: string; partial?: T }
  | { status: 'loaded'; key: string; value: T }
  | { status: 'failed'; key: string; reason: string }
  | { status: 'offline'; key: string; reason: string };

export const IDLE: LoadState<never> = { status: 'idle' };

/** A load answering undefined: the key names nothing (an unknown id). Said as a failure, never as "none". */
export class NotFound extends Error {}

/** A response that was not OK (thrown by the fetchers, kept by describeFailure). */
export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
  ) {
    super(`${url}: ${status} ${statusText}`);
  }
}

/** Says why a load failed, in words a reader can act on. */
export function describeFailure(error: unknown): string {
  if (error instanceof NotFound) return error.message;
  if (error instanceof HttpError)
    return `the server answered ${error.status}${error.statusText ? ` ${error.statusText}` : ''}`;
  if (error instanceof SyntaxError) return 'the file that came back was not valid data';
  if (error instanceof TypeError) return 'the network request failed';
  return error instanceof Error && error.message ? error.message : 'an unknown error';
}

const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine;

/** The failed (or offline) state for an error, e.g. in an `{#await}`'s catch. */
export function failureOf(key: string, error: unknown, online = browserOnline()): LoadState<never> {
  const reason = describeFailure(error);
  return online ? { status: 'failed', key, reason } : { status: 'offline', key, reason };
}

export interface LoadLatestOptions {
  /** Whether the browser is online (default: navigator.onLine, or true without a navigator). */
  online?: () => boolean;
}

/**
 * Loads the piece named by `key` and reports each state to `set` (loading, then loaded, failed or
 * offline), unless the returned cleanup ran first (the key changed, or a retry began): a late answer
 * for an earlier key is ignored. No key: `set(IDLE)`. An answer of undefined is a failure ("not found").
 * Meant to be returned from an effect: `$effect(() => loadLatest(id, loadArticle, (s) => (state = s)))`;
 * a Retry re-runs the effect (read a retry counter in it).
 */
export function loadLatest<T>(
  key: string | undefined,
  load: (key: string, partial: (value: T) => void) => Promise<T | undefined>,
  set: (state: LoadState<T>) => void,
  { online = browserOnline }: LoadLatestOptions = {},
): () => void {
  if (!key) {
    set(IDLE);
    return () => {};
  }
  let current = true;
  set({ status: 'loading', key });
  const partial = (value: T) => {
    if (current) set({ status: 'loading', key, partial: value });
  };
  const fail = (error: unknown) => {
    if (current) set(failureOf(key, error, online()));
  };
  let pending: Promise<T | undefined>;
  try {
    pending = load(key, partial);
  } catch (error) {
    fail(error);
    return () => {
      current = false;
    };
  }
  pending.then((value) => {
    if (!current) return;
    if (value === undefined) fail(new NotFound(`nothing is named "${key}"`));
    else set({ status: 'loaded', key, value });
  }, fail);
  return () => {
    current = false;
  };
}

/** The value, when the state is loaded for this key. */
export const loadedValue = <T>(state: LoadState<T>, key: string | undefined): T | undefined =>
  state.status === 'loaded' && state.key === key ? state.value : undefined;
