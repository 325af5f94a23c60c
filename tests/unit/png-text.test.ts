import { describe, expect, it } from 'vitest';
import { crc32 as zlibCrc32, deflateSync, inflateSync } from 'node:zlib';
import { crc32, pngChunk } from '../../src/contract/png-chunk.ts';
import { readPngText, textChunk, withPngText } from '../../src/lib/takeaway/png-text.ts';

/** A real 2×1 RGB PNG, framed here with Node's own CRC (independent of the module under test). */
function tinyPng(): { png: Uint8Array; pixels: Buffer } {
  const pixels = Buffer.from([0, 255, 0, 0, 0, 0, 255]); // filter byte, red, blue
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlibCrc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.from([0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { png: new Uint8Array(png), pixels };
}

/** Every chunk of a PNG: type, data, and whether its stored CRC matches Node's CRC-32. */
function chunks(png: Uint8Array) {
  const buffer = Buffer.from(png);
  const found: Array<{ type: string; data: Buffer; crcOk: boolean }> = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const data = buffer.subarray(at + 8, at + 8 + length);
    const crcOk =
      buffer.readUInt32BE(at + 8 + length) === zlibCrc32(buffer.subarray(at + 4, at + 8 + length));
    found.push({ type, data, crcOk });
    at += 12 + length;
  }
  return found;
}

describe('PNG text chunks', () => {
  it('computes the CRC-32 that zlib computes', () => {
    for (const text of ['', 'IEND', 'tEXtTitle\0Two Fronts', 'Ж“”'.repeat(50)]) {
      const bytes = new TextEncoder().encode(text);
      expect(crc32(bytes)).toBe(zlibCrc32(Buffer.from(bytes)));
    }
  });

  it('inserts tEXt and iTXt after IHDR, keeps the image data and every CRC valid', () => {
    const { png, pixels } = tinyPng();
    const out = withPngText(png, [
      ['Title', 'Almaty, January 2022'],
      ['Source', 'https://example.org/#map=4/43.2/76.9&feature=almaty'],
      ['Description', '1. Standish, Reid. 2022. “Kazakhstan’s unrest.” RFE/RL — Москва'],
    ]);
    const list = chunks(out);
    expect(list.map((chunk) => chunk.type)).toEqual(['IHDR', 'tEXt', 'tEXt', 'iTXt', 'IDAT', 'IEND']);
    expect(list.every((chunk) => chunk.crcOk)).toBe(true);
    expect(inflateSync(list[4]!.data).equals(pixels)).toBe(true);
    // iTXt layout: keyword \0 flag method language \0 translated \0 UTF-8 text.
    const itxt = list[3]!.data;
    expect(itxt.toString('latin1', 0, 12)).toBe('Description\0');
    expect([...itxt.subarray(12, 16)]).toEqual([0, 0, 0, 0]);
    expect(itxt.subarray(16).toString('utf8')).toContain('Москва');
    expect(readPngText(out)).toEqual([
      ['Title', 'Almaty, January 2022'],
      ['Source', 'https://example.org/#map=4/43.2/76.9&feature=almaty'],
      ['Description', '1. Standish, Reid. 2022. “Kazakhstan’s unrest.” RFE/RL — Москва'],
    ]);
  });

  it('writes Latin-1 text as tEXt byte for byte, anything else as iTXt, and leaves out empty entries', () => {
    const out = withPngText(tinyPng().png, [
      ['Copyright', 'Borders: Natural Earth (public domain), café'],
      ['Empty', ''],
      ['Comment', 'an en dash – is not Latin-1'],
    ]);
    const list = chunks(out);
    expect(list.map((chunk) => chunk.type)).toEqual(['IHDR', 'tEXt', 'iTXt', 'IDAT', 'IEND']);
    expect(list[1]!.data.toString('latin1')).toBe('Copyright\0Borders: Natural Earth (public domain), café');
    expect(readPngText(out)).toEqual([
      ['Copyright', 'Borders: Natural Earth (public domain), café'],
      ['Comment', 'an en dash – is not Latin-1'],
    ]);
  });

  it('rejects what is not a PNG and keywords the format forbids', () => {
    expect(() => withPngText(new Uint8Array(40), [['Title', 'x']])).toThrow(/not a PNG/);
    expect(() => textChunk('', 'x')).toThrow(/keyword/);
    expect(() => textChunk(' Title', 'x')).toThrow(/keyword/);
    expect(() => textChunk('k'.repeat(80), 'x')).toThrow(/keyword/);
    expect(() => pngChunk('tEX', new Uint8Array())).toThrow(/four letters/);
  });
});
