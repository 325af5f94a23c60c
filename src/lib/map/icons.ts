/**
 * Marker shapes and fill patterns drawn as pixels at start-up: no sprite file, no request.
 * Shapes carry meaning beside colour (square = talks, triangle = force position, circle = city).
 */

export interface PixelImage {
  width: number;
  height: number;
  data: Uint8Array;
}

type Rgba = readonly [number, number, number, number];

function paint(
  size: number,
  inside: (x: number, y: number) => 'fill' | 'stroke' | null,
  fill: Rgba,
  stroke: Rgba,
): PixelImage {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const kind = inside(x + 0.5, y + 0.5);
      if (!kind) continue;
      data.set(kind === 'fill' ? fill : stroke, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

const WHITE: Rgba = [255, 255, 255, 255];

export function squareIcon(size: number, color: Rgba): PixelImage {
  const border = 2;
  return paint(
    size,
    (x, y) => (x < border || y < border || x > size - border || y > size - border ? 'stroke' : 'fill'),
    color,
    WHITE,
  );
}

export function triangleIcon(size: number, color: Rgba): PixelImage {
  // Point-up triangle; the outer band of about 2 px is the white stroke.
  const edge = (x: number, y: number) => {
    const half = size / 2;
    const progress = y / size; // 0 at the apex, 1 at the base
    return Math.abs(x - half) <= half * progress;
  };
  return paint(
    size,
    (x, y) =>
      edge(x, y)
        ? edge(x, y - 2.5) && y < size - 2 && edge(x + 1.2, y - 1) && edge(x - 1.2, y - 1)
          ? 'fill'
          : 'stroke'
        : null,
    color,
    WHITE,
  );
}

export function hatchPattern(size: number, color: Rgba, background: Rgba = [0, 0, 0, 0]): PixelImage {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // Diagonal stripes that tile seamlessly: one line per tile, two pixels wide.
      const onLine = (x + y) % size < 2;
      data.set(onLine ? color : background, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

export const PALETTE = {
  sea: '#c8d9e3',
  land: '#f4f1ea',
  border: '#a39e93',
  graticule: '#b7c9d4',
  ukraine: '#f2c230',
  crimea: '#9b2226',
  donbas: '#7a4a1c',
  kazakhstan: '#2a9d8f',
  csto: '#b5342f',
  forces: '#5b2a86',
  buildup: '#8a1c1c',
  talks: '#1d4e89',
  text: '#1f2328',
  halo: '#ffffff',
  highlight: '#111111',
} as const;

export function rgba(hex: string, alpha = 255): Rgba {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, alpha];
}

export const IMAGES = {
  'talks-square': () => squareIcon(18, rgba(PALETTE.talks)),
  'force-triangle': () => triangleIcon(22, rgba(PALETTE.forces)),
  'concentration-triangle': () => triangleIcon(14, rgba(PALETTE.buildup)),
  'hatch-crimea': () => hatchPattern(8, rgba(PALETTE.crimea, 220)),
  'hatch-buildup': () => hatchPattern(10, rgba(PALETTE.buildup, 150)),
} as const satisfies Record<string, () => PixelImage>;

export type ImageName = keyof typeof IMAGES;
