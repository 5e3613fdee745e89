import { createColors } from 'picocolors';
import type { FileClassification } from '../../risk/model.js';
import { countFindings, describeCounts } from '../findingCounts.js';
import type { Finding, Report, Severity, SuiteResult } from '../model.js';
import { groupReasons, type ReasonGroup } from '../reasonGroups.js';
import { semdiffLine } from '../semdiffLine.js';
import { SEVERITIES } from '../severityOrder.js';
import { findingLocation } from './findingLocation.js';
import { stageLine } from './stageLine.js';
import { formatDuration } from './suiteDuration.js';
import { withoutControls } from './withoutControls.js';
import { wrapWords } from './wrapWords.js';

/** How the text report looks. The caller decides colors (TTY, `NO_COLOR`); the renderer never looks. */
export interface TextOptions {
  readonly color: boolean;
  /** Columns to wrap prose at (default 80). Long paths are never cut. */
  readonly width?: number;
}

type Colors = ReturnType<typeof createColors>;

/** Lines of a suite's output shown under a failed suite: enough to recognise the failure. */
const OUTPUT_LINES = 5;
/** `errored`, the longest suite status. */
const STATUS_WIDTH = 7;
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };

/**
 * The report for a terminal: the verdict line first, then findings grouped by severity, the risky
 * files no finding already names (with their import chains), the suites, and the stages that did not run. No ANSI escapes
 * unless `color` is true; prose wraps at `width` columns.
 */
export function renderText(untrusted: Report, options: TextOptions): string {
  const report = withoutTerminalControls(untrusted);
  const c = createColors(options.color);
  const width = options.width ?? 80;
  const sections = [
    header(report, c),
    ...SEVERITIES.map((severity) => findingSection(report.findings, severity, c, width)),
    riskSection(report, c, width),
    suiteSection(report.suites, c, width),
    stageSection(report, c, width),
  ];
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

function header(report: Report, c: Colors): string[] {
  const verdict = report.verdict === 'fail' ? c.bold(c.red('FAIL')) : c.bold(c.green('PASS'));
  const { change } = report;
  return [
    `driftguard: ${verdict} (${describeCounts(countFindings(report.findings))})`,
    c.dim(
      `${change.base}..${change.head} (${change.source}): ${plural(change.filesChanged, 'file')} changed, +${change.additions} -${change.deletions}`,
    ),
    ...optional(semdiffLine(report)).map((line) => c.dim(line)),
  ];
}

function findingSection(findings: readonly Finding[], severity: Severity, c: Colors, width: number): string[] {
  const mine = findings.filter((finding) => finding.severity === severity);
  if (mine.length === 0) return [];
  const tint = { error: c.red, warning: c.yellow, notice: c.cyan }[severity];
  return [
    c.bold(tint(`${HEADINGS[severity]} (${mine.length})`)),
    ...mine.flatMap((finding) => findingLines(finding, c, width)),
  ];
}

function findingLines(finding: Finding, c: Colors, width: number): string[] {
  const location = findingLocation(finding);
  const title = location === '' ? c.dim(finding.code) : `${c.bold(location)}  ${c.dim(finding.code)}`;
  return [`  ${title}`, ...wrapWords(finding.message, width - 4).map((line) => `    ${line}`)];
}

/** Risky files no `risk/high` finding already names (`check` names them all; a bare classification does not). */
function riskSection(report: Report, c: Colors, width: number): string[] {
  const named = new Set(report.findings.filter((f) => f.code === 'risk/high').map((f) => f.file));
  const risky = report.classification.files.filter((file) => file.risks.length > 0 && !named.has(file.path));
  if (risky.length === 0) return [];
  return [c.bold(`Risky files (${risky.length})`), ...risky.flatMap((file) => riskyFileLines(file, c, width))];
}

function riskyFileLines(file: FileClassification, c: Colors, width: number): string[] {
  const renamed = file.oldPath === undefined ? '' : ` from ${file.oldPath}`;
  const reasons = groupReasons(file.risks).flatMap((group) => reasonLines(group, c, width));
  return [`  ${c.bold(file.path)} ${c.dim(`(${file.status}${renamed})`)}`, ...reasons];
}

/** An import chain goes one module a line, so a deep chain stays inside 80 columns. */
function reasonLines({ risks, reason }: ReasonGroup, c: Colors, width: number): string[] {
  const label = `${risks.join(', ')}: `;
  if (reason.reason === 'import' && reason.chain.length < 2) return [`    ${c.yellow(label)}is an entry point`];
  if (reason.reason === 'import') {
    const [entry, ...rest] = reason.chain;
    return [`    ${c.yellow(label)}imported from ${entry ?? '?'}`, ...rest.map((module) => `      → ${module}`)];
  }
  const note = reason.reason === 'global' && reason.note.trim() !== '' ? ` (${reason.note.trim()})` : '';
  const why =
    reason.reason === 'path' ? `matches path rule "${reason.pattern}"` : `global trigger "${reason.trigger}"${note}`;
  const [first = '', ...more] = wrapWords(`${label}${why}`, width - 4);
  return [`    ${c.yellow(label)}${first.slice(label.length)}`, ...more.map((line) => `      ${line}`)];
}

function suiteSection(suites: readonly SuiteResult[], c: Colors, width: number): string[] {
  if (suites.length === 0) return [];
  const nameWidth = Math.max(...suites.map((suite) => suite.name.length));
  return [c.bold(`Suites (${suites.length})`), ...suites.flatMap((suite) => suiteLines(suite, nameWidth, c, width))];
}

function suiteLines(suite: SuiteResult, nameWidth: number, c: Colors, width: number): string[] {
  const broken = suite.status === 'failed' || suite.status === 'errored';
  const tint = broken ? c.red : suite.status === 'passed' ? c.green : c.yellow;
  const rest = `  ${suite.name.padEnd(nameWidth)}  ${formatDuration(suite.durationMs).padStart(6)}  `;
  const indent = 2 + STATUS_WIDTH + rest.length;
  const [first = '', ...more] = wrapWords(suite.reason, Math.max(20, width - indent));
  const lines = [
    `  ${tint(suite.status.padEnd(STATUS_WIDTH))}${rest}${first}`,
    ...more.map((line) => `${' '.repeat(indent)}${line}`),
  ];
  return broken ? [...lines, ...outputTail(suite, c, width)] : lines;
}

function outputTail(suite: SuiteResult, c: Colors, width: number): string[] {
  const lines = withoutControls(suite.output ?? '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  return lines.slice(-OUTPUT_LINES).map((line) => c.dim(`      │ ${clip(line, width - 8)}`));
}

function stageSection(report: Report, c: Colors, width: number): string[] {
  const idle = report.stages.filter((stage) => stage.status !== 'ran');
  if (idle.length === 0) return [];
  const lines = idle.flatMap((stage) =>
    wrapWords(stageLine(stage), width - 4).map((line, i) => (i === 0 ? `  ${line}` : `    ${line}`)),
  );
  return [c.bold('Not run'), ...lines];
}

/** Paths, messages and suite output come from the change under review: none may drive the terminal. */
function withoutTerminalControls(report: Report): Report {
  return JSON.parse(
    JSON.stringify(report, (_key, value) => (typeof value === 'string' ? withoutControls(value) : value)),
  );
}

function optional(line: string | undefined): string[] {
  return line === undefined ? [] : [line];
}

function clip(line: string, width: number): string {
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
