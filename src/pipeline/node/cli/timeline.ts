import { buildTimeline, timelineInput } from '../../timeline/build-timeline.ts';
import type { Command } from './command.ts';
import { finish, JSON_FLAG } from './shared.ts';

/**
 * `npm run timeline -- [--json]`: every dated item in date order (`--json`: the array the contract
 * names). The text form marks inferred dates and lists, apart, what could not be dated and why.
 */
export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'every dated item in date order: publications, stated days, figures, features',
  positional: 'none',
  options: { json: JSON_FLAG },
  run({ args, out, err, pipeline }) {
    const output = pipeline();
    const timeline = buildTimeline(timelineInput(output));
    if (args.flag('json')) out(JSON.stringify(timeline.items, null, 2));
    else {
      for (const item of timeline.items) {
        const where = [item.article && `${item.article} ¶${item.paragraph ?? '-'}`, item.feature]
          .filter(Boolean)
          .join(' · ');
        out(
          `${item.date}${item.inferred ? '*' : ' '} ${item.kind.padEnd(9)} “${item.dateText}”  ${item.text}${where ? `  (${where})` : ''}`,
        );
      }
      out(`\n* the year (or the day, for a weekday) is inferred from a stated date`);
      out(`\nUndated (${timeline.undated.length}):`);
      for (const item of timeline.undated)
        out(`  ${item.kind.padEnd(9)} “${item.dateText ?? '—'}”: ${item.reason}. ${item.text}`);
    }
    return finish(output, err);
  },
};
