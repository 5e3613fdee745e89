import type { FileClassification } from '../../risk/model.js';
import { countFindings, describeCounts } from '../findingCounts.js';
import type { Finding, Report, SuiteResult } from '../model.js';
import { groupReasons, type ReasonGroup } from '../reasonGroups.js';
import { semdiffLine } from '../semdiffLine.js';
import { findingLocation } from './findingLocation.js';
import { fitMarkdown, type MarkdownSection } from './markdownBudget.js';
import { escapeHtml, escapeMarkdown, fencedBlock, inlineCode, tableCell } from './markdownText.js';
import { stageLine } from './stageLine.js';
import { formatDuration } from './suiteDuration.js';

/** How the markdown report is bounded and what it adds. */
export interface MarkdownOptions {
  /** Upper bound in UTF-8 bytes (default 65,536: GitHub's limit for a comment body). */
  readonly maxBytes?: number;
  /** Extra markdown paragraphs placed right under the verdict (the github renderer's annotation note). */
  readonly notes?: readonly string[];
}

/** GitHub refuses a comment body over 65,536 characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** The first line of every markdown report, so a workflow can find and update its own PR comment. */
export const MARKDOWN_MARKER = '<!-- driftguard-report -->';

/**
 * The report for a PR comment or a job summary: verdict heading (a status word, no emoji), findings
 * table, suites with their output tails, and the risk chains in a collapsed `<details>`. Never longer
 * than `maxBytes`: findings are cut from the least severe end, with a note saying how many.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const sections: MarkdownSection[] = [
    { before: header(report, options.notes ?? []) },
    findingsSection(report.findings),
    ...suiteSections(report.suites),
    riskSection(report.classification.files),
  ];
  return fitMarkdown(sections, options.maxBytes ?? GITHUB_COMMENT_LIMIT);
}

function header(report: Report, notes: readonly string[]): string {
  const { change } = report;
  const facts = [
    `**${describeCounts(countFindings(report.findings))}**`,
    `${inlineCode(change.base)}..${inlineCode(change.head)} (${change.source})`,
    `${change.filesChanged} ${change.filesChanged === 1 ? 'file' : 'files'} changed, +${change.additions} -${change.deletions}`,
    ...[semdiffLine(report)].filter((line) => line !== undefined).map(escapeMarkdown),
  ];
  const idle = report.stages
    .filter((stage) => stage.status !== 'ran')
    .map((stage) => `- ${escapeMarkdown(stageLine(stage))}`);
  const paragraphs = [
    `${MARKDOWN_MARKER}\n## driftguard: ${report.verdict === 'fail' ? 'FAIL' : 'PASS'}`,
    facts.join(' · '),
    ...(idle.length > 0 ? [`Not run:\n\n${idle.join('\n')}`] : []),
    ...notes,
  ];
  return `${paragraphs.join('\n\n')}\n`;
}

function findingsSection(findings: readonly Finding[]): MarkdownSection {
  if (findings.length === 0) return { before: '\n### Findings\n\nNo findings.\n' };
  return {
    before: '\n### Findings\n\n| Severity | Code | Location | Message |\n| --- | --- | --- | --- |\n',
    items: findings.map(findingRow),
    omitted: (count) =>
      `\n_${count} more ${count === 1 ? 'finding' : 'findings'} not shown, to stay within GitHub's size limit; ` +
      'run `driftguard check --format json` for the whole report._\n',
  };
}

function findingRow(finding: Finding): string {
  const location = findingLocation(finding);
  const cells = [
    finding.severity,
    inlineCode(finding.code),
    location === '' ? '' : inlineCode(location),
    escapeMarkdown(finding.message),
  ];
  return `| ${cells.map(tableCell).join(' | ')} |\n`;
}

function suiteSections(suites: readonly SuiteResult[]): MarkdownSection[] {
  if (suites.length === 0) return [];
  const table: MarkdownSection = {
    before: '\n### Suites\n\n| Suite | Status | Duration | Why |\n| --- | --- | --- | --- |\n',
    items: suites.map(suiteRow),
    omitted: (count) => `\n_${count} more suites not shown._\n`,
  };
  const outputs = suites.filter((suite) => (suite.output ?? '').trim() !== '');
  return [
    table,
    { before: '', items: outputs.map(suiteOutput), omitted: (count) => `\n_${count} more suite outputs not shown._\n` },
  ];
}

function suiteRow(suite: SuiteResult): string {
  const status = suite.status === 'passed' || suite.status === 'skipped' ? suite.status : `**${suite.status}**`;
  const cells = [escapeMarkdown(suite.name), status, formatDuration(suite.durationMs), escapeMarkdown(suite.reason)];
  return `| ${cells.map(tableCell).join(' | ')} |\n`;
}

/** A failed suite's output is open; a passing one's stays folded. */
function suiteOutput(suite: SuiteResult): string {
  const open = suite.status === 'failed' || suite.status === 'errored' ? ' open' : '';
  const summary = `${escapeHtml(suite.name)} output, last lines (${suite.status})`;
  return `\n<details${open}><summary>${summary}</summary>\n\n${fencedBlock(suite.output ?? '')}\n</details>\n`;
}

function riskSection(files: readonly FileClassification[]): MarkdownSection {
  const risky = files.filter((file) => file.risks.length > 0);
  if (risky.length === 0) return { before: '' };
  return {
    before: `\n<details><summary>Risky files (${risky.length}) and why</summary>\n\n`,
    items: risky.map(riskyFileItem),
    after: '\n</details>\n',
    omitted: (count) => `\n_${count} more risky files not shown._\n`,
  };
}

function riskyFileItem(file: FileClassification): string {
  const reasons = groupReasons(file.risks).map(reasonText).join('; ');
  return `- ${inlineCode(file.path)} (${escapeMarkdown(file.status)}): ${reasons}\n`;
}

function reasonText({ risks, reason }: ReasonGroup): string {
  const risk = risks.map((name) => `**${escapeMarkdown(name)}**`).join(', ');
  if (reason.reason === 'path') return `${risk} by path rule ${inlineCode(reason.pattern)}`;
  if (reason.reason === 'import' && reason.chain.length < 2) return `${risk} as an entry point`;
  if (reason.reason === 'import') return `${risk} through ${reason.chain.map(inlineCode).join(' → ')}`;
  const note = reason.note.trim() === '' ? '' : ` (${escapeMarkdown(reason.note.trim())})`;
  return `${risk} as global trigger ${inlineCode(reason.trigger)}${note}`;
}
