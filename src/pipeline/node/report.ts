import type { PipelineOutput } from '../build.ts';
import type { Problem } from '../../contract/article.ts';

const where = (problem: Problem) =>
  problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;

export function formatProblems(problems: readonly Problem[]): string {
  return [
    `${problems.length} problem(s):`,
    ...problems.map((problem) => `  ${where(problem)}: ${problem.message}`),
  ].join('\n');
}

/** The summary `npm run data` prints: articles, paragraphs, drops, features, excerpts per feature. */
export function formatSummary(output: Pick<PipelineOutput, 'report' | 'mapData'>): string {
  const lines: string[] = [];
  const { articles, warnings } = output.report;
  const dropped = articles.reduce((sum, article) => sum + article.dropped.length, 0);
  const kept = articles.reduce((sum, article) => sum + article.paragraphs, 0);
  lines.push(`Articles: ${articles.length}   paragraphs kept: ${kept}   lines dropped: ${dropped}`);
  for (const article of articles) {
    const reasons = new Map<string, number>();
    for (const line of article.dropped) {
      const reason = line.reason.replace(/ \(.*\)$/, '').replace(/ of line \d+$/, '');
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    const source = [article.meta.outlet ?? 'outlet not stated', article.meta.date ?? 'date not stated'].join(
      ', ',
    );
    lines.push(
      `  ${article.id}  ${article.paragraphs} paragraphs, ${article.dropped.length} dropped  "${article.meta.title ?? '(no title)'}" (${source})`,
    );
    if (reasons.size)
      lines.push(`      dropped: ${[...reasons].map(([reason, count]) => `${reason} ×${count}`).join('; ')}`);
  }
  const { features, layers } = output.mapData;
  lines.push(`Layers: ${layers.length}   features: ${features.length}`);
  for (const layer of layers) {
    lines.push(`  ${layer.name} (${layer.id}): ${layer.excerptCount} excerpts`);
    for (const id of layer.featureIds) {
      const feature = features.find((candidate) => candidate.id === id);
      if (feature && feature.layer === layer.id)
        lines.push(`      ${id.padEnd(24)} ${String(feature.excerptCount).padStart(3)} excerpts`);
    }
  }
  for (const warning of warnings) lines.push(`warning: ${where(warning)}: ${warning.message}`);
  return lines.join('\n');
}

/** Where each article's title, outlet, author and date came from (a line, a tag, JSON-LD, sources.json). */
export function formatMetaOrigins(output: Pick<PipelineOutput, 'report'>): string {
  const lines: string[] = ['', 'Metadata (value ← where it came from):'];
  for (const article of output.report.articles) {
    lines.push(article.file);
    for (const field of ['title', 'outlet', 'author', 'date'] as const) {
      const value = field === 'date' ? article.meta.dateText : article.meta[field];
      const shown =
        value === null
          ? 'null (not stated)'
          : `"${value}"${field === 'date' && article.meta.date ? ` = ${article.meta.date}` : ''}`;
      lines.push(
        `  ${field.padEnd(7)} ${shown}${article.metaFrom[field] ? `  ← ${article.metaFrom[field]}` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

/** Every dropped line with its reason: nothing the cleaner removes goes unreported. */
export function formatReport(output: Pick<PipelineOutput, 'report'>): string {
  const lines: string[] = [formatMetaOrigins(output), '', 'Dropped lines:'];
  for (const article of output.report.articles) {
    lines.push(`${article.file}`);
    for (const line of article.dropped) {
      const text = line.text.length > 100 ? `${line.text.slice(0, 97)}…` : line.text;
      lines.push(`  ${String(line.line).padStart(4)}  ${line.reason.padEnd(44)}  ${text}`);
    }
  }
  return lines.join('\n');
}
