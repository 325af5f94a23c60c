import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface ProcessFigures {
  ms: number;
  maxRssBytes: number;
  stdout: string;
}

/** Runs `node <script> …args` to completion; wall time and peak memory (worker threads included). */
export function measureNode(
  root: string,
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): ProcessFigures {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'bench', 'max-rss.mjs'), script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`${script} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  const rss = /@@max-rss (\d+)/.exec(result.stderr);
  if (!rss) throw new Error(`${script}: no peak memory reported`);
  return { ms, maxRssBytes: Number(rss[1]), stdout: result.stdout };
}
