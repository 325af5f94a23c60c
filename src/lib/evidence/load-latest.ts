/**
 * Loads the piece named by `key` and hands it to `set`, unless the returned cleanup ran first (the key
 * changed before the answer came): a late answer for an earlier key is ignored. No key: `set(undefined)`.
 * Meant to be returned from an effect: `$effect(() => loadLatest(id, loadArticle, (v) => (x = v)))`.
 */
export function loadLatest<T>(
  key: string | undefined,
  load: (key: string) => Promise<T | undefined>,
  set: (value: T | undefined) => void,
): () => void {
  set(undefined);
  if (!key) return () => {};
  let current = true;
  void load(key).then((loaded) => {
    if (current) set(loaded);
  });
  return () => {
    current = false;
  };
}
