/**
 * Installs the service worker (production builds only) and, once it controls the page, hands it the
 * evidence this visit fetched before it was there. Resolves true when the app is available offline.
 */
export async function makeAvailableOffline(base: string): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller)
    await new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
    );
  const worker = registration.active;
  if (!worker) return false;
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin === location.origin && /\/evidence\//.test(new URL(url).pathname));
  return new Promise<boolean>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<unknown>) => resolve(event.data === true);
    worker.postMessage({ type: 'CACHE_URLS', urls }, [channel.port2]);
  });
}
