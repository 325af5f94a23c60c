import { Worker } from 'node:worker_threads';
import type { BuiltData, DataBuildOptions } from './data-build.ts';

/**
 * Runs the data build (buildData) on a thread of its own and resolves with what it built. When the
 * thread ends, its whole heap (every article, paragraph and excerpt the reduce held, and the garbage
 * it made) is given back at once, before the bundler starts: the build's peak memory is the larger
 * of the two, not their sum. It also keeps the dev server answering while the corpus is rebuilt.
 */
export function buildDataOnThread(options: DataBuildOptions): Promise<BuiltData> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./data-worker.mjs', import.meta.url), { workerData: options });
    let result: BuiltData | null = null;
    worker.once('message', (built: BuiltData) => (result = built));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`Two Fronts data: the data build's thread stopped (exit code ${code})`));
    });
  });
}
