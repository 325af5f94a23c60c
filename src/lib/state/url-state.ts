/**
 * The shareable state in the URL hash (DESIGN.md §3):
 * `#map=<zoom>/<lat>/<lng>[/<bearing>/<pitch>]&layers=<id,…>&feature=<id>&step=<n>&asof=<YYYY-MM-DD>`.
 * Parsing never throws: any value that is not valid falls back to its default.
 */
import { isCalendarDay } from '../../contract/days.ts';
import { KEBAB_ID } from '../../contract/ids.ts';

export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

export interface UrlState {
  camera: Camera | null;
  /** null: the default layers; otherwise exactly these, in the order given. */
  layers: string[] | null;
  feature: string | null;
  /** 1-based presentation step; null when not presenting. */
  step: number | null;
  /** "As known on" (`YYYY-MM-DD`); null: everything. */
  asOf: string | null;
}

export interface UrlContext {
  knownLayers: ReadonlySet<string>;
  knownFeatures: ReadonlySet<string>;
  stepCount: number;
}

export const EMPTY_STATE: UrlState = { camera: null, layers: null, feature: null, step: null, asOf: null };

const MAX_ZOOM = 24;

function finite(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text.trim())) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export function parseCamera(text: string): Camera | null {
  const parts = text.split('/');
  if (parts.length !== 3 && parts.length !== 5) return null;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(finite);
  if (zoom === null || lat === null || lng === null || bearing === null || pitch === null) return null;
  if (zoom === undefined || lat === undefined || lng === undefined) return null;
  if (zoom < 0 || zoom > MAX_ZOOM || Math.abs(lat) > 90 || Math.abs(lng) > 180 || pitch < 0 || pitch > 85)
    return null;
  return { zoom, lat, lng, bearing: ((((bearing + 180) % 360) + 360) % 360) - 180, pitch };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function parseHash(hash: string, context: UrlContext): UrlState {
  const state: UrlState = { ...EMPTY_STATE };
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const pair of body.split('&')) {
    const separator = pair.indexOf('=');
    if (separator <= 0) continue;
    const key = pair.slice(0, separator);
    const value = safeDecode(pair.slice(separator + 1));
    if (value === null) continue;
    if (key === 'map') state.camera = parseCamera(value);
    else if (key === 'layers') {
      const ids = value === '' ? [] : value.split(',');
      const known = ids.filter((id) => KEBAB_ID.test(id) && context.knownLayers.has(id));
      state.layers = known.length === ids.length ? [...new Set(known)] : null;
    } else if (key === 'feature')
      state.feature = KEBAB_ID.test(value) && context.knownFeatures.has(value) ? value : null;
    else if (key === 'step') {
      const step = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
      state.step = step >= 1 && step <= context.stepCount ? step : null;
    } else if (key === 'asof') state.asOf = isCalendarDay(value) ? value : null;
  }
  return state;
}

const trim = (value: number, digits: number) => String(Number(value.toFixed(digits)));

export function formatCamera(camera: Camera): string {
  const base = `${trim(camera.zoom, 2)}/${trim(camera.lat, 4)}/${trim(camera.lng, 4)}`;
  return camera.bearing !== 0 || camera.pitch !== 0
    ? `${base}/${trim(camera.bearing, 1)}/${trim(camera.pitch, 0)}`
    : base;
}

export function formatHash(state: UrlState): string {
  const parts: string[] = [];
  if (state.camera) parts.push(`map=${formatCamera(state.camera)}`);
  if (state.layers) parts.push(`layers=${state.layers.join(',')}`);
  if (state.feature) parts.push(`feature=${state.feature}`);
  if (state.step !== null) parts.push(`step=${state.step}`);
  if (state.asOf !== null) parts.push(`asof=${state.asOf}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
