import { copyFileSync, createReadStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { cacheDirOf } from '../pipeline/node/build-corpus.ts';
import { inputFiles, inputSources, isInputFile } from '../pipeline/node/read-inputs.ts';
import { buildDataOnThread } from './data-worker.ts';
import type { EvidenceFiles } from './evidence-files.ts';
import type { TimelineFile } from '../contract/timeline.ts';

const MAP_DATA = 'virtual:two-fronts/map-data';
const MANIFEST = 'virtual:two-fronts/evidence-manifest';
const STORY = 'virtual:two-fronts/story';
const TIMELINE = 'virtual:two-fronts/timeline';
const RESOLVED = new Map([MAP_DATA, MANIFEST, STORY, TIMELINE].map((id) => [id, `\0${id}`]));

export interface TwoFrontsDataOptions {
  root: string;
  seedsDir?: string;
  geoDir?: string;
  /**
   * Cache folder (default node_modules/.cache/two-fronts): per-article results in its articles/, and
   * in its evidence/ the evidence files the build stages and the dev server serves (what the last
   * build did not use is removed). Null: no article cache, files staged in a temp folder.
   */
  cacheDir?: string | null;
}

interface Built {
  mapData: string;
  story: string;
  timeline: TimelineFile;
  evidence: EvidenceFiles;
}

const asModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)});`;

/**
 * Runs the pipeline inside Vite: the app imports finished, typed JSON and never parses articles.
 * Map data and a small evidence manifest are modules on the critical path; every feature's and every
 * article's evidence, the search index and the timeline are content-hashed static files fetched when asked (the
 * dev server serves the same files). The pipeline runs on a thread of its own (data-worker.ts), and
 * only these strings come back, not the pipeline's working data.
 * A bad input fails the build with the pipeline's message (file, line, reason).
 */
export function twoFrontsData(options: TwoFrontsDataOptions): Plugin {
  let base = '/';
  let pending: Promise<Built> | null = null;
  const cacheDir = cacheDirOf(options);
  let staging: string | null = null;
  const stagingDir = () => (staging ??= cacheDir ?? mkdtempSync(join(tmpdir(), 'two-fronts-evidence-')));
  const build = async (): Promise<Built> => {
    const { mapData, story, timeline, manifest, files } = await buildDataOnThread({
      ...options,
      cacheDir,
      base,
      staging: stagingDir(),
      pruneStaging: cacheDir !== null,
    });
    return { mapData, story, timeline, evidence: { manifest, files: new Map(files) } };
  };
  const built = () => (pending ??= build());
  return {
    name: 'two-fronts-data',
    configResolved(config) {
      base = config.base;
    },
    async buildStart() {
      await built();
      for (const file of inputFiles(options)) this.addWatchFile(file);
    },
    resolveId(id) {
      return RESOLVED.get(id) ?? null;
    },
    async load(id) {
      if (id === RESOLVED.get(MAP_DATA)) return asModule((await built()).mapData);
      if (id === RESOLVED.get(MANIFEST)) return asModule(JSON.stringify((await built()).evidence.manifest));
      if (id === RESOLVED.get(STORY)) return asModule((await built()).story);
      if (id === RESOLVED.get(TIMELINE)) return asModule(JSON.stringify((await built()).timeline));
      return null;
    },
    // The evidence files are copied next to the bundle, not handed to the bundler: at a thousand
    // articles they are hundreds of megabytes that no bundling step needs to hold.
    async writeBundle(outputOptions) {
      const { files } = (await built()).evidence;
      const outDir = resolve(outputOptions.dir ?? 'dist');
      for (const [url, staged] of files) {
        const target = join(outDir, url.slice(base.length));
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(staged, target);
      }
    },
    // A temporary staging folder (the per-article cache turned off) goes with the build or the dev
    // server that made it; a cache folder stays, pruned to the current corpus by the data build.
    closeBundle() {
      if (cacheDir !== null || staging === null) return;
      rmSync(staging, { recursive: true, force: true });
      staging = null;
      pending = null;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        if (!path.startsWith(`${base}evidence/`) || !pending) return next();
        pending.then(
          ({ evidence }) => {
            const staged = evidence.files.get(path);
            if (staged === undefined) return next();
            response.setHeader('Content-Type', 'application/json');
            response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
            createReadStream(staged).on('error', next).pipe(response);
          },
          (error: unknown) => next(error),
        );
      });
      // A new, edited or removed input (any file the pipeline reads: a .txt or .html page, sources.json,
      // a layer, the briefing, in the folders chosen, TWO_FRONTS_SEEDS / TWO_FRONTS_GEO included) is
      // picked up with no code change and no restart; the per-article cache means only the changed
      // article goes through the stage again. The rule is the pipeline's own (read-inputs.ts).
      const rebuild = (file: string) => {
        if (!isInputFile(options, file)) return;
        const next = build();
        next.then(
          () => {
            pending = next;
            for (const resolved of RESOLVED.values()) {
              const module = server.moduleGraph.getModuleById(resolved);
              if (module) server.moduleGraph.invalidateModule(module);
            }
            server.ws.send({ type: 'full-reload' });
          },
          (error: unknown) => server.config.logger.error(String(error)),
        );
      };
      server.watcher.add(inputSources(options).map(({ dir }) => dir));
      server.watcher.on('add', rebuild);
      server.watcher.on('change', rebuild);
      server.watcher.on('unlink', rebuild);
    },
  };
}
