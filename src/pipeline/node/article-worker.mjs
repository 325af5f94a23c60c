// The pool's worker entry: worker threads do not inherit a TypeScript loader, so load the stage through tsx.
import { tsImport } from 'tsx/esm/api';

const { runBatch } = await tsImport('./article-worker.ts', import.meta.url);

export default runBatch;
