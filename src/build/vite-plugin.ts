import type { Plugin } from 'vite';
import { runPipeline, type PipelineOutput } from '../pipeline/build.ts';
import { inputFiles, readInputs } from '../pipeline/node/read-inputs.ts';
import { formatProblems } from '../pipeline/node/report.ts';

const MAP_DATA = 'virtual:two-fronts/map-data';
const EVIDENCE = 'virtual:two-fronts/evidence';
const STORY = 'virtual:two-fronts/story';
const RESOLVED = new Map([MAP_DATA, EVIDENCE, STORY].map((id) => [id, `\0${id}`]));

export interface TwoFrontsDataOptions {
  root: string;
  seedsDir?: string;
  geoDir?: string;
}

/**
 * Runs the pipeline inside Vite: the app imports finished, typed JSON and never parses articles.
 * Map data is one module on the critical path; evidence is a second module the app loads lazily.
 * A bad input fails the build with the pipeline's message (file, line, reason).
 */
export function twoFrontsData(options: TwoFrontsDataOptions): Plugin {
  let output: PipelineOutput | null = null;
  const build = (): PipelineOutput => {
    const result = runPipeline(readInputs(options));
    if (result.report.problems.length > 0)
      throw new Error(`Two Fronts data: ${formatProblems(result.report.problems)}`);
    return result;
  };
  return {
    name: 'two-fronts-data',
    buildStart() {
      output = build();
      for (const file of inputFiles(options)) this.addWatchFile(file);
    },
    resolveId(id) {
      return RESOLVED.get(id) ?? null;
    },
    load(id) {
      if (id === RESOLVED.get(MAP_DATA)) {
        output ??= build();
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(output.mapData))});`;
      }
      if (id === RESOLVED.get(EVIDENCE)) {
        output ??= build();
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(output.evidence))});`;
      }
      if (id === RESOLVED.get(STORY)) {
        output ??= build();
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(output.story))});`;
      }
      return null;
    },
    configureServer(server) {
      // A new or edited article or geo file is picked up on the next request: no code change, no restart.
      const isInput = (file: string) => /[\\/](seeds|geo|story)[\\/][^\\/]+\.(txt|geojson|json)$/.test(file);
      const rebuild = (file: string) => {
        if (!isInput(file)) return;
        try {
          output = build();
        } catch (error) {
          server.config.logger.error(String(error));
          return;
        }
        for (const resolved of RESOLVED.values()) {
          const module = server.moduleGraph.getModuleById(resolved);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add([`${options.root}/seeds`, `${options.root}/geo`, `${options.root}/story`]);
      server.watcher.on('add', rebuild);
      server.watcher.on('change', rebuild);
      server.watcher.on('unlink', rebuild);
    },
  };
}
