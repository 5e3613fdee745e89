import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../config/index.js';
import type { Classification } from '../risk/model.js';
import { requiredSuites } from './requiredSuites.js';
import { runGate } from './runGate.js';

function classification(risks: string[]): Classification {
  return { schemaVersion: 1, highRisk: risks.length > 0, risks, files: [] };
}

const config = validateConfig(
  {
    risks: {
      payments: { paths: ['p/**'], suites: ['contracts', 'replay'] },
      webhooks: { paths: ['w/**'], suites: ['contracts'] },
      docs: { paths: ['d/**'] },
    },
    suites: {
      contracts: { run: 'echo ran > marker.txt; echo "all contracts hold"' },
    },
  },
  'test',
);

describe('the gate', () => {
  it('requires each suite once, naming every risk that requires it', () => {
    expect(requiredSuites(classification(['payments', 'webhooks']), config)).toEqual([
      { name: 'contracts', requiredBy: ['payments', 'webhooks'] },
      { name: 'replay', requiredBy: ['payments'] },
    ]);
    expect(requiredSuites(classification(['docs']), config)).toEqual([]);
  });

  it('runs nothing when no risk requires a suite', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dg-gate-'));
    expect(await runGate(classification([]), config, root)).toEqual({ suites: [], findings: [] });
  });

  it('runs a configured suite in the root and skips a built-in one that is not built, with a warning', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dg-gate-'));
    const outcome = await runGate(classification(['payments']), config, root);
    expect(readFileSync(join(root, 'marker.txt'), 'utf8')).toBe('ran\n');
    expect(outcome.suites[0]).toMatchObject({
      name: 'contracts',
      status: 'passed',
      exitCode: 0,
      output: 'all contracts hold',
      reason: 'required by payments',
    });
    expect(outcome.suites[1]).toMatchObject({ name: 'replay', status: 'skipped' });
    expect(outcome.findings).toEqual([
      expect.objectContaining({ code: 'gate/suite-unavailable', severity: 'warning' }),
    ]);
  });

  it('kills a suite that outlives its timeout, children included, and fails the gate', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dg-gate-'));
    const slow = validateConfig(
      {
        risks: { payments: { paths: ['p/**'], suites: ['slow'] } },
        suites: { slow: { run: 'echo started; sleep 30 & wait', timeoutSeconds: 1 } },
      },
      'test',
    );
    const outcome = await runGate(classification(['payments']), slow, root);
    expect(outcome.suites[0]).toMatchObject({ name: 'slow', status: 'errored', output: 'started' });
    expect(outcome.suites[0]?.reason).toContain('timed out after 1s');
    expect(outcome.findings[0]).toMatchObject({ code: 'gate/suite-failed', severity: 'error' });
  });

  it('reports a command that cannot run as a failed suite with its output', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dg-gate-'));
    const broken = validateConfig(
      { risks: { payments: { paths: ['p/**'], suites: ['x'] } }, suites: { x: { run: 'no-such-command-here' } } },
      'test',
    );
    const outcome = await runGate(classification(['payments']), broken, root);
    expect(outcome.suites[0]).toMatchObject({ status: 'failed', exitCode: 127 });
    expect(outcome.findings[0]?.message).toMatch(/suite "x" failed \(exit code 127\): .*not found/);
  });
});
