import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/index.js';
import { loadConfig } from './loadConfig.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dg-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function loadError(searchFrom: string, configFile?: string): Promise<InputError> {
  const error = await loadConfig(configFile ? { searchFrom, configFile } : { searchFrom }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const payments = { risks: { payments: { paths: ['src/payments/**'], entryPoints: ['src/orders/create.ts'] } } };

describe('loadConfig', () => {
  it('applies the five default risk categories when there is no config', async () => {
    const root = tree({ '.git/HEAD': '', 'src/a.ts': '' });
    const { config, file } = await loadConfig({ searchFrom: join(root, 'src') });
    expect(file).toBeUndefined();
    expect(Object.keys(config.risks).sort()).toEqual(['billing', 'idempotency', 'migrations', 'payments', 'webhooks']);
    expect(config.globalTriggers.paths).toContain('**/package-lock.json');
  });

  it('finds the config in a parent directory and fills defaults', async () => {
    const root = tree({ 'driftguard.config.json': JSON.stringify(payments), 'src/orders/x.ts': '' });
    const { config, file } = await loadConfig({ searchFrom: join(root, 'src/orders') });
    expect(file).toBe(join(root, 'driftguard.config.json'));
    expect(config.risks.payments).toEqual({
      paths: ['src/payments/**'],
      exclude: [],
      entryPoints: ['src/orders/create.ts'],
      suites: [],
    });
    expect(config.suites).toEqual({});
  });

  it('fills the semantic diff defaults field by field: ignore keeps its default when only tests is set', async () => {
    const root = tree({ 'driftguard.config.json': JSON.stringify({ ...payments, semdiff: { tests: ['spec/**'] } }) });
    const { config } = await loadConfig({ searchFrom: root });
    expect(config.semdiff).toEqual({ ignore: expect.arrayContaining(['docs/**']), tests: ['spec/**'] });
    const defaults = await loadConfig({ searchFrom: tree({ 'driftguard.config.json': JSON.stringify(payments) }) });
    expect(defaults.config.semdiff.tests).toContain('**/__tests__/**');
  });

  it('does not look above the repository root', async () => {
    const root = tree({ 'driftguard.config.json': '{ not json', 'repo/.git/HEAD': '', 'repo/src/a.ts': '' });
    const { file } = await loadConfig({ searchFrom: join(root, 'repo/src') });
    expect(file).toBeUndefined();
  });

  it('names the field and index of a bad glob', async () => {
    const root = tree({
      'driftguard.config.json': JSON.stringify({ risks: { payments: { paths: ['a/**', 'b/**', 42] } } }),
    });
    const error = await loadError(root);
    expect(error.code).toBe('config/invalid');
    expect(error.message).toMatch(/driftguard\.config\.json: risks\.payments\.paths\[2\]: expected a glob string$/);
  });

  it('reports every problem in one line, not just the first', async () => {
    const root = tree({
      'driftguard.config.yaml':
        'risks:\n  payments:\n    paths: [1]\n    colour: red\nsuites:\n  c: { timeoutSeconds: 5 }\n',
    });
    const error = await loadError(root);
    expect(error.message).toContain('risks.payments.paths[0]: expected a glob string');
    expect(error.message).toContain('risks.payments.colour: unknown field');
    expect(error.message).toContain('suites.c.run: expected the command to run, as a string');
    expect(error.message).toContain('(3 problems)');
    expect(error.message).not.toContain('\n');
  });

  it('rejects a "!" negation in an include list and points to exclude', async () => {
    const root = tree({
      'driftguard.config.json': JSON.stringify({ risks: { p: { paths: ['src/**', '!src/x/**'] } } }),
    });
    const error = await loadError(root);
    expect(error.message).toMatch(
      /risks\.p\.paths\[1\]: a leading "!" does not negate here; move the pattern .* exclude list/,
    );
  });

  it('rejects a suite that a risk requires but nobody defines', async () => {
    const root = tree({
      'driftguard.config.json': JSON.stringify({ risks: { p: { paths: ['x/**'], suites: ['locks', 'contracts'] } } }),
    });
    const error = await loadError(root);
    expect(error.message).toMatch(
      /risks\.p\.suites\[1\]: unknown suite "contracts"; define it under suites\.contracts\.run/,
    );
  });

  it('gives file:line:col for a JSON syntax error', async () => {
    const root = tree({ 'driftguard.config.json': '{\n  "risks": {\n    "p": }\n}\n' });
    const error = await loadError(root);
    expect(error.code).toBe('config/syntax');
    expect(error.message).toMatch(/driftguard\.config\.json:3:10: ValueExpected$/);
  });

  it('gives file:line:col for a YAML syntax error', async () => {
    const root = tree({ 'driftguard.config.yaml': 'risks:\n  p:\n    paths: [a\n' });
    const error = await loadError(root);
    expect(error.code).toBe('config/syntax');
    expect(error.message).toMatch(/driftguard\.config\.yaml:\d+:\d+: /);
  });

  it('loads a TypeScript config through its default export', async () => {
    const root = tree({
      'driftguard.config.ts': `const paths: string[] = ['src/pay/**'];\nexport default { risks: { payments: { paths } } };\n`,
    });
    const { config } = await loadConfig({ searchFrom: root });
    expect(config.risks.payments?.paths).toEqual(['src/pay/**']);
  });

  it('loads an ES module config', async () => {
    const root = tree({ 'driftguard.config.mjs': `export default ${JSON.stringify(payments)};\n` });
    const { config } = await loadConfig({ searchFrom: root });
    expect(config.risks.payments?.entryPoints).toEqual(['src/orders/create.ts']);
  });

  it('says a code config failed to load, with its first line of error', async () => {
    const root = tree({ 'driftguard.config.mjs': 'throw new Error("boom\\nsecond line");\n' });
    const error = await loadError(root);
    expect(error.code).toBe('config/load-failed');
    expect(error.message).toMatch(/driftguard\.config\.mjs: failed to load: boom$/);
  });

  it('refuses two config files in one directory', async () => {
    const root = tree({ 'driftguard.config.json': '{}', 'driftguard.config.yaml': 'risks: {}' });
    const error = await loadError(root);
    expect(error.code).toBe('config/ambiguous');
  });

  it('names --config when the given file does not exist', async () => {
    const root = tree({});
    const error = await loadError(root, join(root, 'nope.json'));
    expect(error.code).toBe('config/unreadable');
    expect(error.message).toMatch(/^--config .*nope\.json: ENOENT$/);
  });
});
