/** Splits a text into plain and marked runs, so a template can render `<mark>` without any markup string. */
export interface Run {
  text: string;
  marked: boolean;
}

export function markRuns(text: string, marks: ReadonlyArray<{ start: number; end: number }>): Run[] {
  const ordered = marks
    .filter((mark) => mark.start < mark.end && mark.start >= 0 && mark.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let cursor = 0;
  for (const mark of ordered) {
    const start = Math.max(mark.start, cursor);
    if (start >= mark.end) continue;
    if (start > cursor) runs.push({ text: text.slice(cursor, start), marked: false });
    runs.push({ text: text.slice(start, mark.end), marked: true });
    cursor = mark.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), marked: false });
  return runs;
}
