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

export function circleIcon(size: number, color: Rgba): PixelImage {
  const centre = size / 2;
  return paint(
    size,
    (x, y) => {
      const distance = Math.hypot(x - centre, y - centre);
      return distance > centre ? null : distance > centre - 2 ? 'stroke' : 'fill';
    },
    color,
    WHITE,
  );
}

/** Colours of the basemap and of the interaction; layer colours come from the layer headers. */
export const PALETTE = {
  sea: '#c8d9e3',
  land: '#f4f1ea',
  border: '#a39e93',
  graticule: '#b7c9d4',
  countryLabel: '#6b6960',
  text: '#1f2328',
  halo: '#ffffff',
  highlight: '#111111',
} as const;

export function rgba(hex: string, alpha = 255): Rgba {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, alpha];
}

export type MarkerShape = 'circle' | 'square' | 'triangle';

/** An image the style names, and how to draw it. Names encode the recipe, so equal recipes share one image. */
export interface ImageRecipe {
  name: string;
  draw: () => PixelImage;
}

const MARKERS: Record<MarkerShape, (size: number, color: Rgba) => PixelImage> = {
  circle: circleIcon,
  square: squareIcon,
  triangle: triangleIcon,
};

export function markerImage(shape: MarkerShape, color: string, size: number): ImageRecipe {
  const pixels = Math.round(size);
  return {
    name: `marker-${shape}-${color.slice(1).toLowerCase()}-${pixels}`,
    draw: () => MARKERS[shape](pixels, rgba(color)),
  };
}

export function hatchImage(color: string): ImageRecipe {
  return { name: `hatch-${color.slice(1).toLowerCase()}`, draw: () => hatchPattern(9, rgba(color, 200)) };
}
