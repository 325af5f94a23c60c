import type { Command } from './command.ts';
import { finish, JSON_FLAG } from './shared.ts';

/** A whole number of 1 or more (`--limit 0` would print nothing, which is never what was meant). */
export function checkLimit(text: string): string | null {
  return /^[1-9]\d*$/.test(text) ? null : `takes a whole number of 1 or more, got "${text}"`;
}

/** `npm run excerpts -- <feature-id>`: the feature's ranked excerpts, best first. */
export const excerptsCommand: Command = {
  name: 'excerpts',
  summary: "a feature's ranked excerpts, best first",
  positional: 'feature-id',
  options: {
    json: JSON_FLAG,
    limit: { type: 'string', value: 'N', help: 'print the best N only', check: checkLimit },
  },
  run({ args, out, err, pipeline }) {
    const output = pipeline();
    const limitText = args.value('limit');
    const limit = limitText === undefined ? Infinity : Number(limitText);
    const list = (output.excerpts.get(args.featureId ?? '') ?? []).slice(0, limit);
    if (args.flag('json')) out(JSON.stringify(list, null, 2));
    else
      list.forEach((excerpt, rank) => {
        const { outlet, title, author, date } = excerpt.source;
        const source = [outlet, title, author, date].filter(Boolean).join(' · ');
        out(
          `${rank + 1}. [${excerpt.score.toFixed(3)}] ${excerpt.article} ¶${excerpt.paragraph} (${excerpt.section}) ${source}`,
        );
        out(`   ${highlight(excerpt.text, excerpt.marks)}`);
        if (excerpt.alsoIn.length)
          out(`   also in: ${excerpt.alsoIn.map((ref) => `${ref.article} ¶${ref.paragraph}`).join(', ')}`);
      });
    return finish(output, err);
  },
};

function highlight(text: string, marks: ReadonlyArray<{ start: number; end: number }>): string {
  let result = '';
  let cursor = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    result += `${text.slice(cursor, mark.start)}«${text.slice(mark.start, mark.end)}»`;
    cursor = mark.end;
  }
  return result + text.slice(cursor);
}
