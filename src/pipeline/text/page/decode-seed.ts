/** Turns the bytes of one seed file into text, or says exactly why it cannot. */

export const MAX_SEED_BYTES = 2 * 1024 * 1024;

export type DecodedSeed = { ok: true; text: string } | { ok: false; reason: string };

export function decodeSeed(bytes: Uint8Array, maxBytes = MAX_SEED_BYTES): DecodedSeed {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `too large: ${bytes.length} bytes (limit ${maxBytes})` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `binary data: NUL byte at offset ${nul}` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `not UTF-8 (first bad byte near offset ${firstInvalidUtf8(bytes)})` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'no text: only white space' };
  return { ok: true, text };
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that is valid so far, found by bisection. Streaming mode tolerates a
  // character cut at the end, so validity of prefixes is monotone.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  // The prefix may end inside the broken sequence: report where that sequence starts.
  let start = low - 1;
  for (let back = 0; back < 3 && start >= 0 && (bytes[start]! & 0xc0) === 0x80; back += 1) start -= 1;
  return start >= 0 && bytes[start]! >= 0xc0 ? start : low;
}
