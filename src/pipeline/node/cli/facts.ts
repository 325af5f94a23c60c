import type { FigureNumber } from '../../../contract/dataset.ts';
import type { Command } from './command.ts';
import { finish, JSON_FLAG } from './shared.ts';

/** `npm run facts -- <feature-id>`: the feature's key figures, with verdicts and dates. */
export const factsCommand: Command = {
  name: 'facts',
  summary: "a feature's key figures: parsed ranges, dates, verdicts",
  positional: 'feature-id',
  options: { json: JSON_FLAG },
  run({ args, out, err, pipeline }) {
    const output = pipeline();
    const facts = (output.evidence.features[args.featureId ?? '']?.facts ?? []).map(
      ({ label, verdict, claims }) => ({ label, verdict, claims }),
    );
    if (args.flag('json')) out(JSON.stringify(facts, null, 2));
    else
      for (const fact of facts) {
        out(`${fact.label} [${fact.verdict}]`);
        for (const claim of fact.claims) {
          const who = [claim.source.outlet, claim.source.title].filter(Boolean).join(' · ');
          out(
            `  ${claim.value} = ${formatNumber(claim.number)} as of ${claim.asOf ?? 'unknown'}  (${claim.article} ¶${claim.paragraph}${who ? `, ${who}` : ''})`,
          );
          if (claim.modality === 'projected')
            out(
              `    projected${claim.attributedTo ? ` (per ${claim.attributedTo})` : ''}: not in the verdict`,
            );
          else if (claim.modality === 'attributed')
            out(`    attributed to ${claim.attributedTo ?? 'no one named ("reported")'}`);
          out(`    “${claim.quote}”`);
        }
      }
    return finish(output, err);
  },
};

function formatNumber(number: FigureNumber | null): string {
  if (number === null) return '(not a figure)';
  if (typeof number === 'number') return number.toLocaleString('en-US');
  const [min, max] = number;
  return max === null
    ? `${min.toLocaleString('en-US')} or more`
    : `${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}`;
}
