// The data build's thread. Worker threads do not inherit a TypeScript loader: register tsx for this
// thread (its import hooks then also serve the article pool's threads that the build starts).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
// The article pool's idle threads do not keep this thread's event loop alive on their own: hold it
// open until the build has answered (without this, the thread ends with its top-level await unsettled).
const alive = setInterval(() => {}, 60_000);
try {
  const { buildData } = await import('./data-build.ts');
  parentPort.postMessage(await buildData(workerData));
} finally {
  clearInterval(alive);
}
