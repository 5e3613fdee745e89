import { describe, expect, it } from 'vitest';
import { buildReport } from '../buildReport.js';
import type { Finding, Report } from '../model.js';
import { renderSarif, sarifLog } from './sarif.js';

const reportOf = (findings: Finding[]): Report =>
  buildReport({
    version: '4.5.6',
    change: { source: 'git', base: 'main', head: 'HEAD', filesChanged: 1, additions: 1, deletions: 1 },
    classification: { schemaVersion: 1, highRisk: false, risks: [], files: [] },
    findings,
  });

const findings: Finding[] = [
  { code: 'risk/high', severity: 'notice', message: 'matches payments path rule', file: 'src/pay.ts' },
  { code: 'risk/high', severity: 'notice', message: 'matches billing path rule', file: 'src/bill.ts' },
  {
    code: 'intent/behavior-in-refactor',
    severity: 'warning',
    message: 'behavior changed',
    file: 'src/k.ts',
    line: 12,
    endLine: 14,
  },
  { code: 'gate/suite-failed', severity: 'error', message: 'suite "locks" failed' },
];

describe('sarifLog', () => {
  it('is one SARIF 2.1.0 run naming the tool and its version', () => {
    const log = sarifLog(reportOf(findings));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'driftguard', version: '4.5.6' });
    expect(log.runs[0].tool.driver).not.toHaveProperty('informationUri');
    const named = sarifLog(reportOf(findings), { informationUri: 'https://docs.example/driftguard' });
    expect(named.runs[0].tool.driver.informationUri).toBe('https://docs.example/driftguard');
  });

  it('has one rule per distinct code, with a description and the level of its findings', () => {
    const { rules } = sarifLog(reportOf(findings)).runs[0].tool.driver;
    expect(rules.map((rule) => [rule.id, rule.defaultConfiguration.level])).toEqual([
      ['gate/suite-failed', 'error'],
      ['intent/behavior-in-refactor', 'warning'],
      ['risk/high', 'note'],
    ]);
    for (const rule of rules) expect(rule.shortDescription.text.length).toBeGreaterThan(0);
  });

  it('maps error, warning and notice to the levels error, warning and note, and points at the rule', () => {
    const { results, tool } = sarifLog(reportOf(findings)).runs[0];
    expect(results.map((result) => [result.ruleId, result.level])).toEqual([
      ['gate/suite-failed', 'error'],
      ['intent/behavior-in-refactor', 'warning'],
      ['risk/high', 'note'],
      ['risk/high', 'note'],
    ]);
    for (const result of results) expect(tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('gives a region only when the finding has a line', () => {
    const { results } = sarifLog(reportOf(findings)).runs[0];
    const located = results.find((result) => result.ruleId === 'intent/behavior-in-refactor');
    expect(located?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/k.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, endLine: 14 },
    });
    const whole = results.find((result) => result.ruleId === 'risk/high');
    expect(whole?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/bill.ts', uriBaseId: '%SRCROOT%' },
    });
  });

  it('still reports a finding without a file, on a repository file, because code scanning needs a location', () => {
    const { results } = sarifLog(reportOf(findings)).runs[0];
    const unlocated = results.find((result) => result.ruleId === 'gate/suite-failed');
    expect(unlocated?.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'package.json', uriBaseId: '%SRCROOT%' } } },
    ]);
    const moved = sarifLog(reportOf(findings), { unlocatedUri: 'driftguard.config.json' }).runs[0].results[0];
    expect(moved?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('driftguard.config.json');
  });

  it('percent-encodes file paths as URI references', () => {
    const [result] = sarifLog(
      reportOf([{ code: 'a/b', severity: 'notice', message: 'm', file: '@scope/my file#1.ts' }]),
    ).runs[0].results;
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('@scope/my%20file%231.ts');
  });

  it('fingerprints results stably across runs and distinctly across findings', () => {
    const first = sarifLog(reportOf(findings)).runs[0].results.map((result) => result.partialFingerprints);
    const again = sarifLog(reportOf([...findings].reverse())).runs[0].results.map(
      (result) => result.partialFingerprints,
    );
    expect(again).toEqual(first);
    expect(new Set(first.map((print) => Object.values(print)[0])).size).toBe(findings.length);
  });

  it('renders as JSON with a trailing newline', () => {
    const text = renderSarif(reportOf(findings));
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(sarifLog(reportOf(findings)));
  });
});
