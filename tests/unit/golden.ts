import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');

/**
 * Compares a value with its golden file. Run with UPDATE_GOLDEN=1 to write the files afresh,
 * then review the diff before committing it.
 */
export function expectGolden(relativePath: string, value: unknown): void {
  const path = join(GOLDEN_DIR, relativePath);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) {
    if (process.env['CI'] && !existsSync(path))
      throw new Error(`golden file ${relativePath} is missing (run UPDATE_GOLDEN=1 npm run test:unit)`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
