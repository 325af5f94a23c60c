import type { PipelineOutput } from '../build.ts';
import { buildTimeline } from '../timeline/build-timeline.ts';

/** `npm run timeline -- [--json]`: every dated item in date order; the text form also lists the undated. */
export function timelineCommand(output: PipelineOutput, json: boolean, out: (text: string) => void): number {
  const timeline = buildTimeline(output);
  if (json) out(JSON.stringify(timeline.items, null, 2));
  else {
    for (const item of timeline.items) {
      const where = [item.article && `${item.article} ¶${item.paragraph ?? '-'}`, item.feature]
        .filter(Boolean)
        .join(' · ');
      out(
        `${item.date}${item.inferred ? '*' : ' '} ${item.kind.padEnd(9)} “${item.dateText}”  ${item.text}${where ? `  (${where})` : ''}`,
      );
    }
    out(`\n* year or day inferred from a stated date\n\nUndated (${timeline.undated.length}):`);
    for (const item of timeline.undated)
      out(`  ${item.kind.padEnd(9)} “${item.dateText ?? '—'}”: ${item.reason}. ${item.text}`);
  }
  return output.report.problems.length ? 1 : 0;
}
