import { describe, expect, it } from 'vitest';
import { describeGlobalTrigger } from './globalTriggers.js';

describe('describing global triggers', () => {
  it('scopes a root-level trigger to the whole repository', () => {
    expect(describeGlobalTrigger('package-lock.json')).toEqual({
      trigger: 'package-lock.json',
      scope: '',
      note: 'lockfile: resolved dependency versions reach every module in the repository',
    });
  });

  it('scopes a nested trigger to its directory and says what kind of file it is', () => {
    expect(describeGlobalTrigger('services/orders/package.json').note).toBe(
      'package manifest: dependency and script changes reach every module under services/orders/',
    );
    expect(describeGlobalTrigger('apps/web/tsconfig.build.json').note).toMatch(/^TypeScript config: /);
    expect(describeGlobalTrigger('vitest.config.ts').note).toMatch(/^test config: /);
    expect(describeGlobalTrigger('vite.config.ts').note).toMatch(/^build config: /);
  });

  it('gives a configured trigger of an unknown kind a generic note', () => {
    expect(describeGlobalTrigger('ops/feature-flags.yaml').note).toBe(
      'configured global trigger: its changes reach every module under ops/',
    );
  });
});
