/** What the Network Information API says of the connection (Chromium only; absent elsewhere). */
export interface ConnectionHints {
  saveData?: boolean;
  effectiveType?: string;
}

/** What the idle prefetch may spend in all (gzip bytes): features' first files, best-known first. */
export const IDLE_PREFETCH_BYTES = 256 * 1024;

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
