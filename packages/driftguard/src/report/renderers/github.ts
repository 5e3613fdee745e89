import { countFindings, countOf, describeCounts, type FindingCounts } from '../findingCounts.js';
import type { Finding, Report, Severity } from '../model.js';
import { SEVERITIES } from '../severityOrder.js';
import { sortFindings } from '../sortFindings.js';
import { renderMarkdown } from './markdown.js';
import { workflowCommand } from './workflowCommand.js';

/** What `--format github` produces: workflow commands for stdout, markdown for `$GITHUB_STEP_SUMMARY`. */
export interface GithubOutput {
  readonly commands: string;
  readonly summary: string;
}

/** Limits of the GitHub Actions runner that the github renderer works within. */
export interface GithubOptions {
  /** Annotations GitHub shows per severity and step (default 10; notices held to the same). */
  readonly annotationsPerSeverity?: number;
  /** Upper bound of the summary in UTF-8 bytes (default 1,000,000: a step summary may hold 1 MiB). */
  readonly summaryMaxBytes?: number;
}

const DEFAULT_ANNOTATIONS = 10;
const DEFAULT_SUMMARY_BYTES = 1_000_000;

/**
 * Annotations for the findings, most severe first and at most `annotationsPerSeverity` of each
 * severity (GitHub drops the rest silently), then one plain verdict line. The summary is the markdown
 * report (every finding), headed by a note saying how many findings were not annotated.
 */
export function renderGithub(report: Report, options: GithubOptions = {}): GithubOutput {
  const { annotated, notAnnotated } = splitByCap(
    report.findings,
    options.annotationsPerSeverity ?? DEFAULT_ANNOTATIONS,
  );
  const left = countFindings(notAnnotated);
  const lines = [...annotated.map(annotation), verdictLine(report, left)];
  const notes =
    notAnnotated.length > 0 ? [annotationNote(left, options.annotationsPerSeverity ?? DEFAULT_ANNOTATIONS)] : [];
  return {
    commands: `${lines.join('\n')}\n`,
    summary: renderMarkdown(report, { maxBytes: options.summaryMaxBytes ?? DEFAULT_SUMMARY_BYTES, notes }),
  };
}

function splitByCap(findings: readonly Finding[], cap: number): { annotated: Finding[]; notAnnotated: Finding[] } {
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotated: Finding[] = [];
  const notAnnotated: Finding[] = [];
  for (const finding of sortFindings(findings)) {
    if (used[finding.severity] < cap) {
      used[finding.severity]++;
      annotated.push(finding);
    } else notAnnotated.push(finding);
  }
  return { annotated, notAnnotated };
}

/** `::error file=…,line=…,endLine=…,title=…::message`; `line` only with a file, `endLine` only with a line. */
function annotation(finding: Finding): string {
  const line = finding.file === undefined ? undefined : finding.line;
  const endLine = line === undefined ? undefined : finding.endLine;
  return workflowCommand(
    finding.severity,
    { file: finding.file, line, endLine, title: `driftguard ${finding.code}` },
    finding.message,
  );
}

function verdictLine(report: Report, left: FindingCounts): string {
  const verdict = `driftguard: ${report.verdict === 'fail' ? 'FAIL' : 'PASS'} (${describeCounts(countFindings(report.findings))})`;
  const total = left.error + left.warning + left.notice;
  return total === 0 ? verdict : `${verdict}; ${describeCounts(left)} not annotated, see the job summary`;
}

function annotationNote(left: FindingCounts, cap: number): string {
  const counts = SEVERITIES.filter((severity) => left[severity] > 0).map((severity) =>
    countOf(left[severity], severity),
  );
  return (
    `**Not annotated: ${counts.join(', ')}.** GitHub shows at most 10 error and 10 warning annotations per step ` +
    `(driftguard annotates at most ${cap} of each severity), most severe first; the findings table below lists them all.`
  );
}
