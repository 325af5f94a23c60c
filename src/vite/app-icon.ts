/**
 * The app's icon, drawn as pixels at build time (no image file to keep in step): the dark header
 * colour, and two discs, the two fronts, in the briefing's yellow and the deployment's red, joined
 * by a line. Pure: size in, RGBA out.
 */
const BACKGROUND = [0x1f, 0x23, 0x28];
const LEFT = [0xf2, 0xc2, 0x30];
const RIGHT = [0xc2, 0x3b, 0x22];
const LINE = [0xd0, 0xd7, 0xde];

export function drawAppIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const disc = (x: number, y: number, cx: number, cy: number, r: number) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      let colour = BACKGROUND;
      if (Math.abs(v - 0.5) < 0.025 && u > 0.3 && u < 0.7) colour = LINE;
      if (disc(u, v, 0.3, 0.5, 0.16)) colour = LEFT;
      if (disc(u, v, 0.7, 0.5, 0.16)) colour = RIGHT;
      pixels.set([...colour, 255], (y * size + x) * 4);
    }
  return pixels;
}

/** The icon sizes the web manifest lists (192 and 512 are what installers ask for). */
export const ICON_SIZES = [192, 512] as const;
export const iconPath = (size: number) => `icons/icon-${size}.png`;
