import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the articles and the geo layers are read from: a flag, else the environment, else the project's own. */
export interface InputFolders {
  seedsDir: string;
  geoDir: string;
}

export type FolderChoice = { ok: true; folders: InputFolders } | { ok: false; message: string };

const FOLDERS = [
  { key: 'seedsDir', flag: '--seeds', env: 'TWO_FRONTS_SEEDS', own: 'seeds' },
  { key: 'geoDir', flag: '--geo', env: 'TWO_FRONTS_GEO', own: 'geo' },
] as const;

/**
 * Chooses the seeds and geo folders (flag over TWO_FRONTS_SEEDS / TWO_FRONTS_GEO over the project's
 * seeds/ and geo/) and checks each is a folder, naming the one that is not and where it was named.
 * The CLI and the Vite config share it, so both read the same folders and refuse the same way.
 */
export function chooseInputFolders(
  root: string,
  given: { seeds?: string | undefined; geo?: string | undefined },
  env: Readonly<Record<string, string | undefined>>,
): FolderChoice {
  const folders: InputFolders = { seedsDir: join(root, 'seeds'), geoDir: join(root, 'geo') };
  for (const { key, flag, env: variable, own } of FOLDERS) {
    const fromFlag = key === 'seedsDir' ? given.seeds : given.geo;
    const fromEnv = env[variable] || undefined;
    const [path, namedBy] =
      fromFlag !== undefined
        ? [resolve(fromFlag), flag]
        : fromEnv !== undefined
          ? [resolve(fromEnv), variable]
          : [join(root, own), `the project's ${own}/`];
    const problem = folderProblem(path);
    if (problem) return { ok: false, message: `${namedBy} names "${path}", which ${problem}` };
    folders[key] = path;
  }
  return { ok: true, folders };
}

function folderProblem(path: string): string | null {
  try {
    return statSync(path).isDirectory() ? null : 'is not a folder';
  } catch {
    return 'does not exist';
  }
}
