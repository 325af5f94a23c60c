/** What the Network Information API says of the connection (Chromium only; absent elsewhere). */
export interface ConnectionHints {
  saveData?: boolean;
  effectiveType?: string;
}

/** What the idle prefetch may spend in all (gzip bytes): code, manifests and data together. */
export const IDLE_PREFETCH_BYTES = 256 * 1024;
/**
 * Of that, what the code and manifests it loads take at most (the panel's chunk, the search's engine
 * and manifest, and the export image's code: about 29 KB gzip today; `npm run bench` prints the idle
 * prefetch's total).
 */
export const IDLE_CODE_BYTES = 32 * 1024;
/** What is left for data: features' first files, the most-cited first, then the timeline if it fits. */
export const IDLE_DATA_BYTES = IDLE_PREFETCH_BYTES - IDLE_CODE_BYTES;

/** Connection types too slow to spend on what the reader has not asked for. */
const SLOW = new Set(['slow-2g', '2g', '3g']);

/**
 * Whether to fetch ahead of the reader (on idle or hover): not when they asked to save data, nor on a
 * slow connection, where a prefetch would compete with what they do ask for. Unknown: yes.
 */
export function mayPrefetch(connection: ConnectionHints | undefined = connectionOf()): boolean {
  if (!connection) return true;
  return connection.saveData !== true && !SLOW.has(connection.effectiveType ?? '');
}

function connectionOf(): ConnectionHints | undefined {
  if (typeof navigator === 'undefined') return undefined;
  return (navigator as Navigator & { connection?: ConnectionHints }).connection;
}
