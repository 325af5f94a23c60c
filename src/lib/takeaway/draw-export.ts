import type { LegendItem, Swatch } from '../layers/legend.ts';
import type { Footnote } from './footnotes.ts';
import { wrapText } from './wrap-text.ts';

/** Everything the exported picture shows besides the map. */
export interface ExportSheet {
  title: string;
  subtitle: string;
  /** "As known on" date (YYYY-MM-DD), or null. */
  asOf: string | null;
  legend: Array<{ layer: string; items: LegendItem[] }>;
  scale: { pixels: number; label: string };
  footnotes: Footnote[];
  attribution: string;
  deepLink: string;
  /** The day of the export, YYYY-MM-DD. */
  exported: string;
}

const FONT = 'system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif';
const INK = '#1f2328';
const MUTED = '#555b63';

/** "2022-01-07" → "7 January 2022". */
export function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const name = new Date(Date.UTC(year!, month! - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${day} ${name} ${year}`;
}

type Draw = (context: CanvasRenderingContext2D) => void;

/** A column of drawn blocks: each says its height, and draws itself at the y it is given. */
class Column {
  height = 0;
  #ops: Draw[] = [];
  add(height: number, draw: (context: CanvasRenderingContext2D, top: number) => void): void {
    const top = this.height;
    this.#ops.push((context) => draw(context, top));
    this.height += height;
  }
  gap(height: number): void {
    this.height += height;
  }
  draw(context: CanvasRenderingContext2D, top: number): void {
    context.save();
    context.translate(0, top);
    for (const op of this.#ops) op(context);
    context.restore();
  }
}

function drawSwatch(
  context: CanvasRenderingContext2D,
  swatch: Swatch,
  x: number,
  y: number,
  s: number,
): void {
  const w = 22 * s;
  const h = 14 * s;
  context.save();
  context.strokeStyle = swatch.color;
  context.fillStyle = swatch.color;
  context.lineWidth = 1.5 * s;
  if (swatch.kind === 'fill' || swatch.kind === 'hatch') {
    if (swatch.kind === 'fill') {
      context.globalAlpha = 0.35;
      context.fillRect(x, y, w, h);
      context.globalAlpha = 1;
      if (swatch.dashed) context.setLineDash([3 * s, 2 * s]);
    } else {
      context.save();
      context.beginPath();
      context.rect(x, y, w, h);
      context.clip();
      context.lineWidth = 2 * s;
      for (let offset = -h; offset < w; offset += 5 * s) {
        context.beginPath();
        context.moveTo(x + offset, y + h);
        context.lineTo(x + offset + h, y);
        context.stroke();
      }
      context.restore();
    }
    context.strokeRect(x, y, w, h);
  } else if (swatch.kind === 'line') {
    context.lineWidth = 2.5 * s;
    if (swatch.dashed) context.setLineDash([4 * s, 3 * s]);
    context.beginPath();
    context.moveTo(x, y + h / 2);
    context.lineTo(x + w, y + h / 2);
    context.stroke();
  } else {
    context.beginPath();
    const cx = x + w / 2;
    const cy = y + h / 2;
    const r = 6 * s;
    if (swatch.kind === 'circle') context.arc(cx, cy, r, 0, Math.PI * 2);
    else if (swatch.kind === 'square') context.rect(cx - r, cy - r, 2 * r, 2 * r);
    else {
      context.moveTo(cx, cy - r);
      context.lineTo(cx + r, cy + r);
      context.lineTo(cx - r, cy + r);
      context.closePath();
    }
    context.fill();
  }
  context.restore();
}

/** Lines of wrapped text in one font and colour. */
function addText(
  column: Column,
  measure: CanvasRenderingContext2D,
  text: string,
  font: string,
  color: string,
  width: number,
  lineHeight: number,
  x: number,
): void {
  measure.font = font;
  for (const line of wrapText(text, width, (part) => measure.measureText(part).width))
    column.add(lineHeight, (context, top) => {
      context.font = font;
      context.fillStyle = color;
      context.textBaseline = 'top';
      context.fillText(line, x, top);
    });
}

/** The legend of the visible layers: each layer's name, then its entries flowing across the width. */
function addLegend(
  column: Column,
  measure: CanvasRenderingContext2D,
  sheet: ExportSheet,
  x: number,
  width: number,
  s: number,
): void {
  const itemFont = `${12 * s}px ${FONT}`;
  const row = 20 * s;
  for (const { layer, items } of sheet.legend) {
    addText(column, measure, layer, `600 ${12.5 * s}px ${FONT}`, INK, width, 18 * s, x);
    measure.font = itemFont;
    let rowItems: Array<{ item: LegendItem; at: number }> = [];
    let used = 0;
    const flush = () => {
      const placed = rowItems;
      column.add(row, (context, top) => {
        for (const { item, at } of placed) {
          drawSwatch(context, item.swatch, x + at, top + 2 * s, s);
          context.font = itemFont;
          context.fillStyle = INK;
          context.textBaseline = 'top';
          context.fillText(item.label, x + at + 28 * s, top + 2 * s);
        }
      });
      rowItems = [];
      used = 0;
    };
    for (const item of items) {
      const itemWidth = 28 * s + measure.measureText(item.label).width + 18 * s;
      if (used > 0 && used + itemWidth > width) flush();
      rowItems.push({ item, at: used });
      used += itemWidth;
    }
    if (rowItems.length) flush();
    column.gap(4 * s);
  }
}

/**
 * The exported picture: a title band, the map (with its scale bar), then the legend, the numbered
 * sources, the attribution, the dates and the deep link. `s` is device pixels per CSS pixel.
 */
export function drawExport(mapImage: HTMLCanvasElement, sheet: ExportSheet, s: number): HTMLCanvasElement {
  const width = mapImage.width;
  const margin = 20 * s;
  const inner = width - 2 * margin;
  const scratch = document.createElement('canvas').getContext('2d');
  if (!scratch) throw new Error('this browser gives no 2D canvas');

  const header = new Column();
  header.gap(14 * s);
  addText(header, scratch, sheet.title, `700 ${22 * s}px ${FONT}`, '#ffffff', inner, 28 * s, margin);
  addText(header, scratch, sheet.subtitle, `${13 * s}px ${FONT}`, '#d0d7de', inner, 18 * s, margin);
  if (sheet.asOf)
    addText(
      header,
      scratch,
      `As known on ${longDate(sheet.asOf)}`,
      `600 ${13 * s}px ${FONT}`,
      '#f2c230',
      inner,
      18 * s,
      margin,
    );
  header.gap(12 * s);

  const footer = new Column();
  footer.gap(14 * s);
  if (sheet.legend.length) addLegend(footer, scratch, sheet, margin, inner, s);
  if (sheet.footnotes.length) {
    footer.gap(6 * s);
    addText(footer, scratch, 'Sources', `700 ${13 * s}px ${FONT}`, INK, inner, 20 * s, margin);
    for (const note of sheet.footnotes) {
      addText(
        footer,
        scratch,
        `${note.number}. ${note.text}`,
        `${12 * s}px ${FONT}`,
        INK,
        inner,
        17 * s,
        margin,
      );
      footer.gap(3 * s);
    }
  }
  footer.gap(8 * s);
  const dates = [
    sheet.asOf ? `As known on ${longDate(sheet.asOf)}` : null,
    `Exported ${longDate(sheet.exported)}`,
  ]
    .filter(Boolean)
    .join(' · ');
  addText(
    footer,
    scratch,
    `${sheet.attribution} · ${dates}`,
    `${11 * s}px ${FONT}`,
    MUTED,
    inner,
    16 * s,
    margin,
  );
  addText(
    footer,
    scratch,
    sheet.deepLink,
    `${11 * s}px ui-monospace, "DejaVu Sans Mono", monospace`,
    '#0b5cad',
    inner,
    16 * s,
    margin,
  );
  footer.gap(14 * s);

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.ceil(header.height + mapImage.height + footer.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser gives no 2D canvas');
  context.fillStyle = INK;
  context.fillRect(0, 0, width, header.height);
  header.draw(context, 0);
  context.drawImage(mapImage, 0, header.height);
  drawScaleBar(context, sheet.scale, margin, header.height + mapImage.height - margin, s);
  context.fillStyle = '#fbfaf7';
  context.fillRect(0, header.height + mapImage.height, width, footer.height);
  context.fillStyle = '#d6d0c4';
  context.fillRect(0, header.height + mapImage.height, width, Math.max(1, s));
  footer.draw(context, header.height + mapImage.height);
  return canvas;
}

/** A scale bar on a white card, its bottom-left corner at (x, bottom). */
function drawScaleBar(
  context: CanvasRenderingContext2D,
  scale: { pixels: number; label: string },
  x: number,
  bottom: number,
  s: number,
): void {
  const length = scale.pixels * s;
  const height = 26 * s;
  context.save();
  context.fillStyle = 'rgb(255 255 255 / 0.85)';
  context.fillRect(x, bottom - height, length + 16 * s, height);
  context.strokeStyle = INK;
  context.lineWidth = 2 * s;
  context.beginPath();
  context.moveTo(x + 8 * s, bottom - 12 * s);
  context.lineTo(x + 8 * s, bottom - 6 * s);
  context.lineTo(x + 8 * s + length, bottom - 6 * s);
  context.lineTo(x + 8 * s + length, bottom - 12 * s);
  context.stroke();
  context.font = `${11 * s}px ${FONT}`;
  context.fillStyle = INK;
  context.textBaseline = 'top';
  context.fillText(scale.label, x + 8 * s, bottom - height + 3 * s);
  context.restore();
}
