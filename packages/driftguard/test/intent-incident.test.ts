import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  classifyChange,
  evaluateIntent,
  type Finding,
  parsePrBody,
  readDirectoryChange,
  semanticDiff,
  validateConfig,
} from '../src/index.js';

// The incident's "cleanup" pull request, held against its own description: it declared a refactor
// and a non-goal, and one changed character in the order-id derivation contradicts both.
const example = join(import.meta.dirname, '../../../examples/order-service');
let root: string;

const config = validateConfig(
  {
    risks: {
      orders: { paths: ['orders/**'], exclude: ['**/*.test.ts'] },
      payments: { paths: ['payments/**'], exclude: ['**/*.test.ts'] },
    },
  },
  'test config',
);

const DESCRIPTION = `## Intent
Cleanup: rename variables, split the key helper into orderId.ts and captureKey.ts. No behavior change.

## Change type
- [ ] fix
- [x] refactor

## Non-goals
- No change to how order ids are derived

## Semantic impact
None at runtime: the helper moves, its callers follow.
`;

function sources(patch?: string): string {
  const dir = mkdtempSync(join(root, 'tree-'));
  cpSync(join(example, 'src'), join(dir, 'examples/order-service/src'), { recursive: true });
  if (patch) execFileSync('git', ['apply', join(example, 'incident', patch)], { cwd: dir, stdio: 'pipe' });
  return join(dir, 'examples/order-service/src');
}

async function intentFindings(patch: string): Promise<Finding[]> {
  const change = await readDirectoryChange({ before: sources(), after: sources(patch) });
  const [semdiff, classification] = await Promise.all([semanticDiff(change), classifyChange(change, config)]);
  return evaluateIntent({
    contract: parsePrBody(DESCRIPTION),
    semdiff,
    classification,
    files: change.files,
    config: config.intent,
  });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dg-intent-incident-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the incident pull request against its description', () => {
  it('fails at the changed line: a behavior change in a declared refactor, against a non-goal', async () => {
    const errors = (await intentFindings('cleanup.patch')).filter((finding) => finding.severity === 'error');
    expect(errors.map((f) => `${f.code} ${f.file}:${f.line}`)).toEqual([
      'intent/behavior-in-refactor orders/orderId.ts:9',
      'intent/non-goal-violated orders/orderId.ts:9',
    ]);
    expect(errors[0]?.message).toMatch(
      /^declared refactor, but `'order.create'` became `'orders.create'` in OPERATION/,
    );
    expect(errors[1]?.message).toContain('non-goal "No change to how order ids are derived" rules this out');
    expect(errors[1]?.message).toContain('matched by "order" ~ risk category orders, "ids" ~ file word "id"');
  });

  it('passes the clean twin: a true refactor contradicts nothing', async () => {
    expect(await intentFindings('cleanup-clean.patch')).toEqual([]);
  });
});
