import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/pipeline/text/page/decode-seed.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeSeed', () => {
  it('returns the text of a UTF-8 file, without a byte-order mark', () => {
    expect(decodeSeed(bytes('\uFEFFKazakhstan’s largest city'))).toEqual({
      ok: true,
      text: 'Kazakhstan’s largest city',
    });
  });
  it('refuses an empty file', () => {
    expect(decodeSeed(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
  });
  it('refuses a file of white space only', () => {
    expect(decodeSeed(bytes(' \n\t\n'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('white space'),
    });
  });
  it('names the offset of the first NUL byte in a binary file', () => {
    expect(decodeSeed(new Uint8Array([65, 66, 0, 67]))).toEqual({
      ok: false,
      reason: 'binary data: NUL byte at offset 2',
    });
  });
  it('names where a non-UTF-8 file first goes wrong', () => {
    const latin1 = new Uint8Array([...bytes('Almaty caf'), 0xe9, ...bytes(' ok')]);
    expect(decodeSeed(latin1)).toEqual({ ok: false, reason: 'not UTF-8 (first bad byte near offset 10)' });
  });
  it('refuses a file over the size limit, naming both sizes', () => {
    expect(decodeSeed(bytes('x'.repeat(11)), 10)).toEqual({
      ok: false,
      reason: 'too large: 11 bytes (limit 10)',
    });
  });
});
