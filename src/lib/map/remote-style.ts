/**
 * An optional hosted basemap style, opt-in only: set VITE_REMOTE_STYLE_URL at build time. The
 * default build embeds its own style and makes no request to another host.
 */
export function remoteStyleUrl(): string | null {
  const url: unknown = import.meta.env['VITE_REMOTE_STYLE_URL'];
  return typeof url === 'string' && url.trim() !== '' ? url.trim() : null;
}
