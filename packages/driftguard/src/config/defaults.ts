import type { ConfigInput, GlobalTriggers } from './schema.js';

/** Tests and docs change no runtime behavior, so path rules skip them by default. */
const NOT_RUNTIME = ['**/*.{test,spec}.{ts,tsx,js,jsx,mts,cts,mjs,cjs}', '**/__tests__/**', '**/*.md'];

/**
 * The five categories a hand-written reliability gate greps for, as globs. They have no entry points:
 * only the user knows which modules start an order or a payment, so import propagation needs config.
 */
export const DEFAULT_CONFIG = {
  risks: {
    payments: { paths: ['**/*payment*/**', '**/*payment*.*'], exclude: NOT_RUNTIME },
    billing: {
      paths: ['**/*billing*/**', '**/*billing*.*', '**/*invoice*/**', '**/*invoice*.*'],
      exclude: NOT_RUNTIME,
    },
    idempotency: { paths: ['**/*idempoten*/**', '**/*idempoten*.*'], exclude: NOT_RUNTIME },
    webhooks: { paths: ['**/*webhook*/**', '**/*webhook*.*'], exclude: NOT_RUNTIME },
    migrations: {
      paths: ['**/migrations/**', '**/migrate/**', '**/*migration*.*', '**/*.sql', '**/schema.prisma'],
      exclude: NOT_RUNTIME,
    },
  },
  ignore: ['**/*.md', '**/*.mdx', 'docs/**', 'LICENSE', 'LICENSE.*'],
} as const satisfies ConfigInput;

/**
 * Files that change what every module does without being imported: package manifests and lockfiles,
 * TypeScript and build/test tool config, runtime version pins. Each marks the categories it can affect.
 */
export const DEFAULT_GLOBAL_TRIGGERS: GlobalTriggers = {
  paths: [
    '**/package.json',
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/pnpm-workspace.yaml',
    '**/bun.lock',
    '**/bun.lockb',
    '**/.npmrc',
    '**/.yarnrc.yml',
    '**/.nvmrc',
    '**/.node-version',
    '**/tsconfig*.json',
    '**/jsconfig*.json',
    '**/{babel,swc,esbuild,rollup,vite,webpack,tsup,tsdown}.config.*',
    '**/{.babelrc,.swcrc}',
    '**/{vitest,jest}.config.*',
    '**/Dockerfile',
    '**/.env',
  ],
  exclude: [],
};

/** Files the semantic diff leaves out by default: prose and licenses have no runtime behavior. */
export const DEFAULT_SEMDIFF_IGNORE: readonly string[] = ['**/*.md', '**/*.mdx', 'docs/**', 'LICENSE', 'LICENSE.*'];

/**
 * Test code, by the conventions test runners use: what it does is the test suite's behavior, not the
 * program's, so semdiff reports its differences apart (`testChanges`) and they do not decide the verdict.
 * A module matching these that runtime code imports would be exempted wrongly: narrow the globs then.
 */
export const DEFAULT_SEMDIFF_TESTS: readonly string[] = [
  '**/*.{test,spec}.{ts,tsx,js,jsx,mts,cts,mjs,cjs}',
  '**/__tests__/**',
  'test/**',
  'tests/**',
  '**/test/**',
  '**/tests/**',
];
