import { formatHash, parseHash, type UrlContext, type UrlState } from './url-state.ts';

export interface HashSyncOptions {
  context: UrlContext;
  /** The state to write, read on every change. */
  read: () => UrlState;
  /** Apply a state that came from the URL (load, back, forward, a pasted link). */
  apply: (state: UrlState) => void;
}

/**
 * Keeps the URL hash and the app in step. A change of layers, feature or step is a new history
 * entry (back and forward walk them); a camera move only replaces the current entry.
 * Returns the function to write the current state and a cleanup.
 */
export function startHashSync({ context, read, apply }: HashSyncOptions): {
  write: (mode: 'push' | 'replace') => void;
  stop: () => void;
} {
  const onPop = () => apply(parseHash(location.hash, context));
  window.addEventListener('popstate', onPop);
  window.addEventListener('hashchange', onPop);
  apply(parseHash(location.hash, context));
  const write = (mode: 'push' | 'replace') => {
    const hash = formatHash(read());
    if (hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  return {
    write,
    stop: () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onPop);
    },
  };
}
