/**
 * Text chunks for a PNG file (PNG 1.2 / ISO 15948 §11.3.4): `tEXt` when the text is Latin-1, else
 * `iTXt` (UTF-8, uncompressed), inserted right after the IHDR chunk so a reader finds them before the
 * image data. Pure: bytes in, bytes out; no DOM.
 */
import { PNG_SIGNATURE, pngChunk } from '../../contract/png-chunk.ts';

/** Latin-1 without NUL (which separates the keyword from the text): what tEXt can carry. */
const isLatin1 = (text: string) =>
  [...text].every((char) => char.charCodeAt(0) > 0 && char.charCodeAt(0) <= 0xff);

/** Bytes as Latin-1 characters (one character per byte). */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function checkKeyword(keyword: string): void {
  // 1–79 Latin-1 printable characters, no leading, trailing or double spaces (§11.3.4.2).
  if (!/^[\u0020-\u007e\u00a1-\u00ff]{1,79}$/.test(keyword) || /^ | $| {2}/.test(keyword))
    throw new Error(`PNG text keyword is not valid: "${keyword}"`);
}

/** A `tEXt` chunk for Latin-1 text, an `iTXt` chunk (UTF-8, uncompressed, no language) otherwise. */
export function textChunk(keyword: string, text: string): Uint8Array<ArrayBuffer> {
  checkKeyword(keyword);
  const key = Uint8Array.from(keyword, (char) => char.charCodeAt(0));
  if (isLatin1(text)) {
    const body = Uint8Array.from(text, (char) => char.charCodeAt(0));
    const data = new Uint8Array(key.length + 1 + body.length);
    data.set(key, 0);
    data.set(body, key.length + 1);
    return pngChunk('tEXt', data);
  }
  const body = new TextEncoder().encode(text);
  // keyword \0, compression flag 0, method 0, language tag "" \0, translated keyword "" \0, text
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set(body, key.length + 5);
  return pngChunk('iTXt', data);
}

/** The PNG with the text entries inserted after its IHDR; throws on bytes that are not a PNG. */
export function withPngText(
  png: Uint8Array,
  entries: ReadonlyArray<readonly [string, string]>,
): Uint8Array<ArrayBuffer> {
  if (png.length < 33 || PNG_SIGNATURE.some((byte, index) => png[index] !== byte))
    throw new Error('not a PNG file (bad signature)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = latin1(png.subarray(12, 16));
  if (type !== 'IHDR' || view.getUint32(8) !== 13) throw new Error('not a PNG file (no IHDR first)');
  const afterHeader = 8 + 12 + 13;
  const chunks = entries.filter(([, text]) => text !== '').map(([key, text]) => textChunk(key, text));
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, afterHeader), 0);
  let at = afterHeader;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(png.subarray(afterHeader), at);
  return out;
}

/** Every tEXt and iTXt entry of a PNG, in file order (what a reader of the exported file sees). */
export function readPngText(png: Uint8Array): Array<[string, string]> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: Array<[string, string]> = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = latin1(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'tEXt' || type === 'iTXt') {
      const zero = data.indexOf(0);
      const keyword = latin1(data.subarray(0, zero));
      if (type === 'tEXt') found.push([keyword, latin1(data.subarray(zero + 1))]);
      else {
        if (data[zero + 1] !== 0) throw new Error(`compressed iTXt "${keyword}" is not read here`);
        const language = data.indexOf(0, zero + 3);
        const translated = data.indexOf(0, language + 1);
        found.push([keyword, new TextDecoder().decode(data.subarray(translated + 1))]);
      }
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return found;
}
