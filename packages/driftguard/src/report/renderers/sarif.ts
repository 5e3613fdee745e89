import { describeCode } from '../findingCodes.js';
import { findingFingerprints } from '../fingerprints.js';
import type { Finding, Report, Severity } from '../model.js';
import { severityRank } from '../severityOrder.js';
import { sortFindings } from '../sortFindings.js';

/** Where SARIF output points that the report itself does not know. */
export interface SarifOptions {
  /** The tool's home page (default: its npm page). */
  readonly informationUri?: string;
  /**
   * The repository file a finding without a file is reported on (default `package.json`, which a
   * repository that installs driftguard has). Code scanning rejects a result without a location.
   */
  readonly unlocatedUri?: string;
}

/** The subset of SARIF 2.1.0 driftguard writes. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly [SarifRun];
}

/** The one run of a SARIF log: the tool and its results. */
export interface SarifRun {
  readonly tool: {
    readonly driver: {
      readonly name: 'driftguard';
      readonly version: string;
      readonly informationUri?: string;
      readonly rules: readonly SarifRule[];
    };
  };
  readonly results: readonly SarifResult[];
}

/** One rule per distinct finding code. */
export interface SarifRule {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  readonly defaultConfiguration: { readonly level: SarifLevel };
}

/** One result per finding. */
export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: { readonly text: string };
  readonly locations: readonly SarifLocation[];
  readonly partialFingerprints: Readonly<Record<string, string>>;
}

/** A repository-relative file, and the lines when the finding has them (none: the whole file). */
export interface SarifLocation {
  readonly physicalLocation: {
    readonly artifactLocation: { readonly uri: string; readonly uriBaseId: '%SRCROOT%' };
    readonly region?: { readonly startLine: number; readonly endLine?: number };
  };
}

/** SARIF's names for driftguard's severities. */
export type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'driftguardFinding/v1';

/**
 * The report as a SARIF 2.1.0 log for code scanning: one run, one rule per distinct code (level: the
 * most severe seen), one result per finding with a fingerprint stable across runs (code, file, message).
 * A finding without a line covers its whole file; one without a file is placed on `unlocatedUri`.
 */
export function sarifLog(report: Report, options: SarifOptions = {}): SarifLog {
  const findings = sortFindings(report.findings);
  const rules = rulesFor(findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const fingerprints = findingFingerprints(findings);
  const unlocated = options.unlocatedUri ?? 'package.json';
  const results = findings.map((finding, index) => ({
    ruleId: finding.code,
    ruleIndex: ruleIndex.get(finding.code) ?? 0,
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [location(finding, unlocated)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] ?? '' },
  }));
  const driver = {
    name: 'driftguard' as const,
    version: report.tool.version,
    // Optional in SARIF; driftguard has no published home page to name by default.
    ...(options.informationUri === undefined ? {} : { informationUri: options.informationUri }),
    rules,
  };
  return { $schema: SCHEMA, version: '2.1.0', runs: [{ tool: { driver }, results }] };
}

/** `sarifLog` as JSON text, 2-space indent, trailing newline. */
export function renderSarif(report: Report, options: SarifOptions = {}): string {
  return `${JSON.stringify(sarifLog(report, options), null, 2)}\n`;
}

function rulesFor(findings: readonly Finding[]): SarifRule[] {
  const severest = new Map<string, Severity>();
  for (const finding of findings) {
    const seen = severest.get(finding.code);
    if (seen === undefined || severityRank(finding.severity) < severityRank(seen))
      severest.set(finding.code, finding.severity);
  }
  return [...severest.keys()].sort().map((code) => ({
    id: code,
    shortDescription: { text: describeCode(code) },
    defaultConfiguration: { level: LEVELS[severest.get(code) ?? 'notice'] },
  }));
}

function location(finding: Finding, unlocated: string): SarifLocation {
  const artifactLocation = { uri: fileUri(finding.file ?? unlocated), uriBaseId: '%SRCROOT%' as const };
  if (finding.file === undefined || finding.line === undefined) return { physicalLocation: { artifactLocation } };
  const endLine = finding.endLine !== undefined && finding.endLine > finding.line ? { endLine: finding.endLine } : {};
  return { physicalLocation: { artifactLocation, region: { startLine: finding.line, ...endLine } } };
}

/** A repository path as a relative URI reference: each segment percent-encoded (`@` is legal as is). */
function fileUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%40/g, '@'))
    .join('/');
}
