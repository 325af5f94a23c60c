import type { PipelineOutput } from '../build.ts';
import type { FigureNumber } from '../../contract/dataset.ts';

/** `npm run facts -- <feature-id> [--json]`: the feature's key figures, with verdicts and dates. */
export function factsCommand(
  output: PipelineOutput,
  id: string | undefined,
  json: boolean,
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  const known = output.mapData.features.map((feature) => feature.id);
  if (!id || !known.includes(id)) {
    err(
      `${id ? `unknown feature id "${id}"` : 'a feature id is needed'}. Known ids:\n  ${known.join('\n  ')}`,
    );
    return 2;
  }
  const facts = (output.evidence.features[id]?.facts ?? []).map(({ label, verdict, claims }) => ({
    label,
    verdict,
    claims,
  }));
  if (json) out(JSON.stringify(facts, null, 2));
  else
    for (const fact of facts) {
      out(`${fact.label} [${fact.verdict}]`);
      for (const claim of fact.claims) {
        const who = [claim.source.outlet, claim.source.title].filter(Boolean).join(' · ');
        out(
          `  ${claim.value} = ${formatNumber(claim.number)} as of ${claim.asOf ?? 'unknown'}  (${claim.article} ¶${claim.paragraph}${who ? `, ${who}` : ''})`,
        );
        if (claim.modality === 'projected')
          out(`    projected${claim.attributedTo ? ` (per ${claim.attributedTo})` : ''}: not in the verdict`);
        else if (claim.modality === 'attributed')
          out(`    attributed to ${claim.attributedTo ?? 'no one named ("reported")'}`);
        out(`    “${claim.quote}”`);
      }
    }
  return output.report.problems.length ? 1 : 0;
}

function formatNumber(number: FigureNumber | null): string {
  if (number === null) return '(not a figure)';
  if (typeof number === 'number') return number.toLocaleString('en-US');
  const [min, max] = number;
  return max === null
    ? `${min.toLocaleString('en-US')} or more`
    : `${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}`;
}
