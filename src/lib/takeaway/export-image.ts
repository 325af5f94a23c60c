/**
 * "Export image": the view as a cited PNG. Loaded on demand (the app imports this module when the
 * button or `e` is pressed). Its footnotes are the references the pipeline formatted: no formatter here.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import mapData from 'virtual:two-fronts/map-data';
import story from 'virtual:two-fronts/story';
import type { FeatureSummary, LayerSummary } from '../../contract/dataset.ts';
import { loadFeatureEvidence } from '../evidence/load-evidence.ts';
import { headAsOf, type AsOfView } from '../evidence/as-of-filter.ts';
import { loadTimeline } from '../timeline/timeline-state.svelte.ts';
import { legendFor } from '../layers/legend.ts';
import { bordersCredit } from '../sources/credits.ts';
import { captureMap } from './capture-map.ts';
import { drawExport, type ExportSheet } from './draw-export.ts';
import { footnoteLines, footnotes, panelQuotes, stepQuotes, type ShownQuotes } from './footnotes.ts';
import { withPngText } from './png-text.ts';
import { scaleBar } from './scale-bar.ts';
import { asOfFromHash, fullAppUrl } from './view-link.ts';

export const APP_TITLE = 'Two Fronts';
export const APP_SUBTITLE = 'Kazakhstan and Ukraine, January 2022';
/** Device pixels per CSS pixel of the exported map. */
export const EXPORT_RATIO = 2;

/** What the app is showing: the parts of AppState the export reads. */
export interface ExportView {
  layers: readonly LayerSummary[];
  visibleLayers: readonly string[];
  selectedFeature: FeatureSummary | null;
  step: number | null;
  /** "As known on": whether articles that state no date are hidden (the day itself is in the link). */
  hideUndated: boolean;
}

/** The basemap's credit, and any credit a hosted style's sources carry (tags stripped). */
export function attributionOf(map: MapLibreMap): string {
  const credits = [bordersCredit(mapData.borders)];
  for (const source of Object.values(map.getStyle().sources)) {
    if (!('attribution' in source) || typeof source.attribution !== 'string') continue;
    const credit = source.attribution.replace(/<[^>]*>/g, '').trim();
    if (credit && !credits.some((known) => known.includes(credit))) credits.push(credit);
  }
  return credits.join('; ');
}

/** What "as known on" the day needs to filter: the timeline's publication days (its own small chunk). */
async function asOfView(asOf: string, hideUndated: boolean): Promise<AsOfView> {
  const timeline = await loadTimeline();
  return { asOf, known: timeline.articles, year: timeline.year, hideUndated };
}

/** Title, subtitle and the quotes shown: the open panel's first, else the briefing step's, else none. */
async function describe(
  view: ExportView,
  asOf: string | null,
): Promise<{ title: string; subtitle: string; shown: ShownQuotes | null }> {
  const feature = view.selectedFeature;
  const step = view.step !== null ? story?.steps[view.step - 1] : undefined;
  if (feature) {
    const head = await loadFeatureEvidence(feature.id);
    // "As known on" a day, the picture cites what the panel shows on that day, nothing published later.
    const evidence = head && asOf !== null ? headAsOf(head, await asOfView(asOf, view.hideUndated)) : head;
    const layer = view.layers.find((candidate) => candidate.id === feature.layer)?.name;
    return {
      title: feature.name,
      subtitle: [feature.kind, layer, `${APP_TITLE}: ${APP_SUBTITLE}`].filter(Boolean).join(' · '),
      // The panel's first window comes from the feature's first file.
      shown: evidence ? panelQuotes({ excerpts: evidence.first, articles: evidence.articles }) : null,
    };
  }
  if (step && story)
    return {
      title: step.title,
      subtitle: `${story.title} · step ${view.step} of ${story.steps.length} · ${APP_TITLE}`,
      shown: stepQuotes(step.cite),
    };
  return { title: APP_TITLE, subtitle: APP_SUBTITLE, shown: null };
}

export interface ExportedImage {
  fileName: string;
  png: Uint8Array<ArrayBuffer>;
  /** The text chunks written into the PNG. */
  text: Array<[string, string]>;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);

function toPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      if (!blob) reject(new Error('the browser could not encode the picture as PNG'));
      else blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject);
    }, 'image/png'),
  );
}

/** The view as a PNG at twice its resolution, with its legend, scale, credits, link and sources. */
export async function exportImage(
  map: MapLibreMap,
  view: ExportView,
  href: string,
  now = new Date(),
): Promise<ExportedImage> {
  const asOf = asOfFromHash(new URL(href).hash);
  const { title, subtitle, shown } = await describe(view, asOf);
  const notes = shown ? footnotes(shown) : [];
  const deepLink = fullAppUrl(href);
  const exported = now.toISOString().slice(0, 10);
  const visible = new Set(view.visibleLayers);
  const captured = await captureMap(map, EXPORT_RATIO);
  const sheet: ExportSheet = {
    title,
    subtitle,
    asOf,
    legend: view.layers
      .filter((layer) => visible.has(layer.id))
      .map((layer) => ({ layer: layer.name, items: legendFor(layer, mapData.shapes.features) }))
      .filter((entry) => entry.items.length > 0),
    scale: scaleBar(captured.metresPerPixel, 120),
    footnotes: notes,
    attribution: attributionOf(map),
    deepLink,
    exported,
  };
  const picture = drawExport(captured.image, sheet, EXPORT_RATIO);
  const text: Array<[string, string]> = [
    ['Title', `${title} (${APP_TITLE})`],
    ['Source', deepLink],
    ['Copyright', sheet.attribution],
    ['Description', footnoteLines(notes)],
    ['Creation Time', now.toUTCString()],
    ['Software', `${APP_TITLE} (MapLibre GL JS)`],
  ];
  if (asOf) text.push(['Comment', `As known on ${asOf}`]);
  const fileName = `two-fronts-${slug(title) || 'view'}-${exported}.png`;
  return { fileName, png: withPngText(await toPng(picture), text), text };
}
