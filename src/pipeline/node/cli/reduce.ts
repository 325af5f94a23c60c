import { evidenceWriter, writeOutputs } from '../outputs.ts';
import { reduceShards, ShardError } from '../shard.ts';
import type { Command } from './command.ts';
import { OUT_OPTION, printBuild } from './data.ts';
import { JSON_FLAG } from './shared.ts';

/** `npm run reduce -- --in DIR [--in DIR…] --out DIR`: stage folders reduced to what `data --out` writes. */
export const reduceCommand: Command = {
  name: 'reduce',
  summary: 'stage folders (npm run stage) reduced to the outputs npm run data -- --out writes',
  positional: 'none',
  options: {
    in: {
      type: 'string',
      value: 'DIR',
      help: 'a folder npm run stage wrote (give one --in per shard)',
      multiple: true,
    },
    out: OUT_OPTION,
    report: { type: 'boolean', help: 'also list every dropped line and where each metadata value came from' },
    json: JSON_FLAG,
  },
  run(context) {
    const { args, paths, err } = context;
    const folders = args.values('in');
    if (folders.length === 0) {
      err('reduce needs at least one --in DIR');
      return 2;
    }
    const dir = args.value('out');
    const writer = evidenceWriter(dir);
    try {
      const output = reduceShards(paths, folders, writer);
      const evidence = writer.finish();
      if (dir) writeOutputs(dir, output, evidence);
      return printBuild(context, output);
    } catch (error) {
      if (!(error instanceof ShardError)) throw error;
      err(error.message);
      return 1;
    }
  },
};
