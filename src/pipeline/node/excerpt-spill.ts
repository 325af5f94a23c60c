import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Excerpt } from '../../contract/article.ts';
import type { ExcerptSpill } from '../stream-reduce.ts';

/** Bytes of excerpts held before they are appended to their features' files. */
const BUFFER_BYTES = 8 * 2 ** 20;

/**
 * Excerpts waiting for their feature's turn, one JSON line each in a file per feature (in a folder
 * of their own, removed by `close`). Lines are buffered up to BUFFER_BYTES in all, so writing is a
 * few large appends rather than one per excerpt.
 */
export class DiskSpill implements ExcerptSpill {
  readonly #dir: string;
  readonly #names = new Map<string, string>();
  readonly #buffers = new Map<string, string[]>();
  #buffered = 0;
  #files = 0;

  constructor(parent = tmpdir()) {
    mkdirSync(parent, { recursive: true });
    this.#dir = mkdtempSync(join(parent, 'two-fronts-excerpts-'));
  }

  add(featureId: string, excerpt: Excerpt): void {
    const line = `${JSON.stringify(excerpt)}\n`;
    const buffer = this.#buffers.get(featureId);
    if (buffer) buffer.push(line);
    else this.#buffers.set(featureId, [line]);
    this.#buffered += line.length;
    if (this.#buffered > BUFFER_BYTES) for (const id of [...this.#buffers.keys()]) this.#flush(id);
  }

  take(featureId: string): Excerpt[] {
    this.#flush(featureId);
    const name = this.#names.get(featureId);
    if (!name) return [];
    const path = join(this.#dir, name);
    const lines = readFileSync(path, 'utf8').split('\n');
    rmSync(path);
    this.#names.delete(featureId);
    return lines.filter((line) => line !== '').map((line) => JSON.parse(line) as Excerpt);
  }

  close(): void {
    rmSync(this.#dir, { recursive: true, force: true });
  }

  #flush(featureId: string): void {
    const buffer = this.#buffers.get(featureId);
    if (!buffer) return;
    let name = this.#names.get(featureId);
    if (!name) this.#names.set(featureId, (name = `${(this.#files += 1)}.jsonl`));
    const text = buffer.join('');
    appendFileSync(join(this.#dir, name), text);
    this.#buffered -= text.length;
    this.#buffers.delete(featureId);
  }
}
