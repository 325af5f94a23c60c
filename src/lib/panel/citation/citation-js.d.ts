/** The part of citation-js (no bundled types) that the data build (Chicago references) and the CSL-JSON export use. */
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'string' | 'object';
    template?: string;
    lang?: string;
  }
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
    format(kind: 'bibliography' | 'citation' | 'data', options?: FormatOptions): string;
  }
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: Register<string>; locales: Register<string> };
    };
  };
}

declare module '@citation-js/plugin-csl';
