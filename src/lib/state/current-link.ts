import { contextPair } from './context.ts';

/**
 * The link to the view as it is now, for what a reader takes away (the handout's deep link, the
 * embed's way out to the full app): UrlSync.href, which first makes any in-place URL write still
 * waiting for paint, so a day moved on the slider a moment ago is never missing from the link.
 */
export type CurrentLink = () => string;

const currentLinkContext = contextPair<CurrentLink>('CurrentLink');
export const prepareCurrentLink = currentLinkContext.prepare;
export const getCurrentLink = currentLinkContext.get;
