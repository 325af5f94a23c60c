/**
 * W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector).
 * `prefix` and `suffix` come from the pipeline, which knows the page text; when a record has no
 * selector yet, only `exact` is known and the context is left out rather than invented.
 */
export interface QuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export function quoteSelector(quoted: { text: string; selector?: QuoteSelector | undefined }): QuoteSelector {
  if (quoted.selector && quoted.selector.exact === quoted.text) return quoted.selector;
  return { type: 'TextQuoteSelector', exact: quoted.text };
}
