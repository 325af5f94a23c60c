import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page: everything from the page's own origin, blob: and
 * data: only where MapLibre needs them (its worker and images), no eval, no inline script. An
 * opted-in hosted style adds its own origin to what the page may fetch.
 */
export function contentSecurityPolicy(remoteStyleUrl?: string | null): string {
  let remote = '';
  if (remoteStyleUrl) {
    try {
      remote = ` ${new URL(remoteStyleUrl).origin}`;
    } catch {
      throw new Error(`VITE_REMOTE_STYLE_URL is not a URL: "${remoteStyleUrl}"`);
    }
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "style-src 'self'",
    `img-src 'self' data: blob:${remote}`,
    `connect-src 'self'${remote}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds the policy as a meta tag to the built index.html (not in dev: Vite's client needs inline code). */
export function cspMetaTag(remoteStyleUrl?: string | null): Plugin {
  return {
    name: 'two-fronts-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(remoteStyleUrl) },
        injectTo: 'head-prepend',
      },
    ],
  };
}
