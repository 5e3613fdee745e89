import type { Finding, Report, SuiteResult } from './model.js';

/** `fail` exactly when a finding is an `error` or a suite `failed` or `errored`; otherwise `pass`. */
export function verdictOf(findings: readonly Finding[], suites: readonly SuiteResult[]): Report['verdict'] {
  const errorFinding = findings.some((finding) => finding.severity === 'error');
  const brokenSuite = suites.some((suite) => suite.status === 'failed' || suite.status === 'errored');
  return errorFinding || brokenSuite ? 'fail' : 'pass';
}
