/// <reference lib="webworker" />
/**
 * The service worker: the app shell and map data precached (one build's files, by revision; a new build
 * replaces them and deletes the old cache), the corpus's evidence and search files cached as they are
 * used, in a cache named for this build (older builds' caches are deleted on activation, so no stale mix).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { PrecacheEntry } from 'workbox-precaching';

/** vite-plugin-pwa writes this build's precache list in place of `self.__WB_MANIFEST`. */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

const manifest = self.__WB_MANIFEST;

/** A short, stable name for this build: a hash of its precache revisions. */
function buildId(entries: typeof manifest): string {
  let hash = 0;
  for (const entry of entries) {
    const text = typeof entry === 'string' ? entry : `${entry.url}@${entry.revision ?? ''}`;
    for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  }
  return (hash >>> 0).toString(36);
}

const RUNTIME_PREFIX = 'two-fronts-evidence-';
const RUNTIME_CACHE = `${RUNTIME_PREFIX}${buildId(manifest)}`;
const isEvidence = (url: URL) => url.origin === self.location.origin && /\/evidence\//.test(url.pathname);

precacheAndRoute(manifest);
cleanupOutdatedCaches();
// Any page of the app (with ?embed or a hash) is the one precached index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
// Evidence and search files are content-hashed: a cached one is never stale.
registerRoute(
  ({ url }) => isEvidence(url),
  new CacheFirst({ cacheName: RUNTIME_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 5000 })] }),
);

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(RUNTIME_PREFIX) && name !== RUNTIME_CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** The page sends the evidence it fetched before this worker controlled it, to be kept for offline use. */
self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (!data || typeof data !== 'object' || !('type' in data) || data.type !== 'CACHE_URLS') return;
  const urls =
    'urls' in data && Array.isArray(data.urls) ? data.urls.filter((url) => typeof url === 'string') : [];
  const wanted = urls.filter((url) => isEvidence(new URL(url, self.location.href)));
  const reply = (ok: boolean) => event.ports[0]?.postMessage(ok);
  event.waitUntil(
    caches
      .open(RUNTIME_CACHE)
      .then((cache) => cache.addAll(wanted))
      .then(
        () => reply(true),
        () => reply(false),
      ),
  );
});
