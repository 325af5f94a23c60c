/** A run of a quote's text: whether an alias matched there, and which carried sentence (if any) it lies in. */
export interface QuoteRun {
  text: string;
  marked: boolean;
  /** Index into the excerpt's `carried` list, or null outside every carried sentence. */
  carried: number | null;
}

interface Span {
  start: number;
  end: number;
}

const within = (span: Span, length: number) => span.start >= 0 && span.end <= length && span.start < span.end;

/**
 * Cuts a quote at every boundary of its alias marks and carried sentences, so a template can render
 * `<mark>` and the carried-sentence spans from plain text (no markup string is ever built).
 */
export function quoteRuns(text: string, marks: readonly Span[], carried: readonly Span[]): QuoteRun[] {
  const validMarks = marks.filter((mark) => within(mark, text.length));
  const validCarried = carried
    .map((span, index) => ({ ...span, index }))
    .filter((span) => within(span, text.length));
  const cuts = new Set([0, text.length]);
  for (const span of [...validMarks, ...validCarried]) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: QuoteRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marked = validMarks.some((mark) => mark.start <= start && end <= mark.end);
    const carriedIn = validCarried.find((span) => span.start <= start && end <= span.end)?.index ?? null;
    const last = runs.at(-1);
    if (last && last.marked === marked && last.carried === carriedIn) last.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), marked, carried: carriedIn });
  }
  return runs;
}
