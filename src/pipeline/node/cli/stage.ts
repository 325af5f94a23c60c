import { ShardError, stageShard } from '../shard.ts';
import type { Command } from './command.ts';
import { NO_CACHE_FLAG } from './shared.ts';

/** `npm run stage -- --in LIST --out DIR`: the per-article stage over a list of seed files, one shard. */
export const stageCommand: Command = {
  name: 'stage',
  summary: 'the per-article stage over the seed files LIST names, results written to DIR (one shard)',
  positional: 'none',
  options: {
    in: { type: 'string', value: 'LIST', help: 'a file naming one seed file a line (relative to it)' },
    out: { type: 'string', value: 'DIR', help: 'the folder the results and stage.json are written to' },
    'no-cache': NO_CACHE_FLAG,
  },
  async run({ args, paths, out, err }) {
    const list = args.value('in');
    const dir = args.value('out');
    if (!list || !dir) {
      err(`stage needs ${list ? '' : '--in LIST'}${!list && !dir ? ' and ' : ''}${dir ? '' : '--out DIR'}`);
      return 2;
    }
    try {
      const { stats } = await stageShard(paths, list, dir, args.flag('no-cache') ? { cacheDir: null } : {});
      out(
        `Staged ${stats.articles} articles to ${dir} (${stats.cached} from the cache, ${stats.processed} processed)`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof ShardError)) throw error;
      err(error.message);
      return 1;
    }
  },
};
