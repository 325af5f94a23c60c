import { getContext, setContext } from 'svelte';

/**
 * A typed context pair: `prepare` sets it in a parent, `get` reads it in a child and throws when
 * no parent prepared it, so a missing provider is a clear error, not `undefined` far away.
 */
export function contextPair<T>(name: string): { prepare: (value: T) => T; get: () => T } {
  const key = Symbol(name);
  return {
    prepare: (value) => setContext(key, value),
    get: () => {
      const value = getContext<T | undefined>(key);
      if (value === undefined)
        throw new Error(`${name} is missing: call prepare${name} in a parent component`);
      return value;
    },
  };
}
