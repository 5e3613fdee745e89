#!/usr/bin/env node
// The installed entry: the CLI is compiled to dist/ by `npm run build` (the root's `prepare` runs it).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('driftguard: not built yet; run `npm run build` at the repository root\n');
  process.exit(2);
}
const { main } = await import(entry.href);
await main();
