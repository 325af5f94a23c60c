import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from './static-server.ts';

const ROOT = process.cwd();

/**
 * A fresh temporary folder for other inputs, holding copies of the project's folders that `copy`
 * names, for a test to change before the app is built or served over it.
 */
export function inputFolder(name: string, copy: ReadonlyArray<'seeds' | 'geo'> = []): string {
  const dir = mkdtempSync(join(tmpdir(), `two-fronts-${name}-`));
  for (const folder of copy) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
  return dir;
}

/**
 * The environment that points a build or the dev server at the inputs in `dir`: its `seeds/` and
 * `geo/` where it has them (else the project's), and a cache of its own.
 */
export function inputEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TWO_FRONTS_CACHE: join(dir, 'cache') };
  if (existsSync(join(dir, 'seeds'))) env.TWO_FRONTS_SEEDS = join(dir, 'seeds');
  if (existsSync(join(dir, 'geo'))) env.TWO_FRONTS_GEO = join(dir, 'geo');
  return env;
}

export interface BuiltApp {
  /** The inputs folder; the build is in its `dist/`. */
  dir: string;
  server: StaticServer;
  /** Stops the server and removes the folder. */
  close: () => Promise<void>;
}

/**
 * The app built over other inputs and served: a folder from `inputFolder(name, copy)`, changed by
 * `prepare`, built with `vite build` into its `dist/` (a failed build throws with Vite's output).
 */
export async function buildAppWith(
  name: string,
  copy: ReadonlyArray<'seeds' | 'geo'>,
  prepare: (dir: string) => void,
): Promise<BuiltApp> {
  const dir = inputFolder(name, copy);
  try {
    prepare(dir);
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--outDir',
        join(dir, 'dist'),
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { cwd: ROOT, env: inputEnv(dir), stdio: 'pipe' },
    );
    const server = await serveStatic(join(dir, 'dist'));
    return {
      dir,
      server,
      close: async () => {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
