import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');

/**
 * Compares a value with its golden file. A missing golden file fails (a golden file is what a reader
 * decided, never what the code printed that day): run with UPDATE_GOLDEN=1 to write the files afresh,
 * then review every line of the diff before committing it.
 */
export function expectGolden(relativePath: string, value: unknown): void {
  const path = join(GOLDEN_DIR, relativePath);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path))
    throw new Error(
      `golden file ${relativePath} is missing: write it with UPDATE_GOLDEN=1 npm run test:unit, then review it`,
    );
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
