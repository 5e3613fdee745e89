import { createColors } from 'picocolors';
import type { Classification, RiskReason } from '../../risk/model.js';

/** `classify` for a terminal: each risky file with its categories and why, then a count of the rest. */
export function renderClassificationText(classification: Classification, options: { color: boolean }): string {
  const c = createColors(options.color);
  const risky = classification.files.filter((f) => f.risks.length > 0);
  const lines: string[] = [];
  if (risky.length === 0) {
    const count = classification.files.length;
    const what =
      count === 0
        ? 'no changed file to classify (nothing changed, or every change is ignored by config)'
        : `none of ${count} changed files carries a risk category`;
    lines.push(`${c.green('no risk')}: ${what}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `${c.red(c.bold('high risk'))}: ${classification.risks.join(', ')} (${risky.length} of ${classification.files.length} changed files)`,
  );
  for (const file of risky) {
    lines.push('', `${c.bold(file.path)} ${c.dim(`(${file.status})`)}`);
    for (const reason of file.risks) lines.push(`  ${c.yellow(reason.risk)}: ${describeRiskReason(reason)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One line saying why a file carries a risk: the path rule, the import chain, or the global trigger. */
export function describeRiskReason(reason: RiskReason): string {
  if (reason.reason === 'path') return `matches path rule ${reason.pattern}`;
  if (reason.reason === 'import') return `imported from ${reason.chain.join(' → ')}`;
  return `global trigger: ${reason.note}`;
}

/** The step outputs `classify --github-output` writes: `high_risk` and `risks`. */
export function classificationOutputs(classification: Classification): Record<string, string> {
  return { high_risk: String(classification.highRisk), risks: classification.risks.join(',') };
}
