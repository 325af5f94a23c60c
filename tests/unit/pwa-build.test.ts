import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { drawAppIcon } from '../../src/vite/app-icon.ts';
import { encodePng } from '../../src/vite/png-encode.ts';
import { failOverLimit, PRECACHE_LIMIT, WEB_MANIFEST } from '../../src/vite/pwa.ts';

describe('precache limit', () => {
  it('passes files up to 2 MiB and fails the build naming a larger one', async () => {
    const entries = [
      { url: 'assets/maplibre.js', size: 1_100_000, revision: null },
      { url: 'index.html', size: PRECACHE_LIMIT, revision: 'a' },
    ];
    await expect(failOverLimit()(entries)).resolves.toEqual({ manifest: entries, warnings: [] });
    await expect(
      failOverLimit()([...entries, { url: 'assets/huge.js', size: PRECACHE_LIMIT + 1, revision: null }]),
    ).rejects.toThrow(/assets\/huge\.js is 2\.00 MiB; the limit is 2\.00 MiB/);
  });
});

describe('app icons', () => {
  it('encodes a PNG whose pixels inflate back to the drawing', () => {
    const size = 16;
    const pixels = drawAppIcon(size);
    const png = Buffer.from(encodePng(size, size, pixels));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('latin1', 37, 41)).toBe('IDAT');
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect(rows.length).toBe(size * (size * 4 + 1));
    // Row 8, pixel 4 (left disc) is the yellow front; pixel 0 the dark background.
    const at = (x: number, y: number) => [
      ...rows.subarray(y * (size * 4 + 1) + 1 + x * 4, y * (size * 4 + 1) + 5 + x * 4),
    ];
    expect(at(4, 8)).toEqual([0xf2, 0xc2, 0x30, 255]);
    expect(at(0, 0)).toEqual([0x1f, 0x23, 0x28, 255]);
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(/3 bytes for 2×2/);
  });

  it('the web manifest names the app and lists both icon sizes', () => {
    expect(WEB_MANIFEST.short_name).toBe('Two Fronts');
    expect(WEB_MANIFEST.icons?.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
  });
});
