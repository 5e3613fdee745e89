import { chooseBlocks } from './codeBlocks.mjs';
import { camelCase, pascalCase, withArticle } from './names.mjs';
import { FIELDS, STATUSES } from './vocabulary.mjs';

/**
 * Renders a planned module to TypeScript source: its imports, an exported interface, an exported
 * function that uses every import, and private helpers up to the module's planned length. The code is
 * plausible, not type-checked: the benchmark's tools only parse it and resolve its imports.
 * @typedef {import('./moduleSet.mjs').PlannedModule} PlannedModule
 */

/** How a module imports and uses a package or Node built-in. */
const EXTERNALS = {
  'node:crypto': {
    names: 'createHash',
    use: ["  const digest = createHash('sha256').update(JSON.stringify(context)).digest('hex');"],
    result: 'digest',
  },
  'node:events': {
    names: 'EventEmitter',
    use: [
      '  const emitter = new EventEmitter();',
      "  emitter.emit('processed', context);",
      "  const listenerCount = emitter.listenerCount('processed');",
    ],
    result: 'listenerCount',
  },
  'node:util': { names: 'inspect', use: ['  const printable = inspect(context, { depth: 2 });'], result: 'printable' },
  'node:path': {
    names: 'posix',
    use: ["  const location = posix.join('/', String(context.tenantId ?? ''), String(context.id ?? ''));"],
    result: 'location',
  },
  'node:buffer': {
    names: 'Buffer',
    use: ['  const byteSize = Buffer.byteLength(JSON.stringify(context));'],
    result: 'byteSize',
  },
  vitest: { names: 'describe, expect, it', use: [] },
};

const STRING_FIELDS = new Set([
  'id',
  'tenantId',
  'status',
  'currency',
  'reference',
  'externalId',
  'customerId',
  'reason',
  'channel',
  'region',
]);

/**
 * @param {PlannedModule} module
 * @param {import('../common/random.mjs').SeededRandom} random
 * @returns {string}
 */
export function renderModule(module, random) {
  if (module.kind === 'barrel') return renderBarrel(module, random);
  if (module.kind === 'test') return renderTest(module, random);
  return renderCode(module, random);
}

function renderBarrel(module, random) {
  const lines = [`/** Public surface of \`${module.path.replace(/\/index\.ts$/, '')}\`. */`];
  for (const { target, specifier } of module.reExports) {
    const named = target.kind !== 'barrel' && random.chance(0.3);
    lines.push(
      named
        ? `export { ${target.symbol}, type ${target.typeName} } from '${specifier}';`
        : `export * from '${specifier}';`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function renderTest(module, random) {
  const [subject] = module.imports;
  const lines = [...importLines(module), '', `describe('${subject.name}', () => {`];
  const cases = random.sample(STATUSES, Math.max(2, Math.round((module.lines - 6) / 7)));
  for (const [index, status] of cases.entries()) {
    const id = `${module.noun.slice(0, 3)}_${index + 1}`;
    lines.push(
      `  it('keeps the tenant of ${withArticle(`${status} ${module.noun.replaceAll('-', ' ')}`)}', async () => {`,
      `    const result = await ${subject.name}({ id: '${id}', tenantId: 'tenant_${index + 1}', status: '${status}' });`,
      `    expect(result.tenantId).toBe('tenant_${index + 1}');`,
      `    expect(result.id).toBe('${id}');`,
      '  });',
      '',
    );
  }
  lines.splice(-1, 1, '});');
  return `${lines.join('\n')}\n`;
}

function renderCode(module, random) {
  const head = [...importLines(module), ''];
  const shape = interfaceLines(module, random);
  const calls = module.imports.filter((entry) => entry.mode !== 'type').length;
  const externalLines = [...new Set(module.externals)].reduce((sum, name) => sum + EXTERNALS[name].use.length, 0);
  const budget = module.lines - head.length - shape.length - 6 - calls - externalLines;
  const blocks = chooseBlocks(random, {
    noun: module.noun,
    pascal: pascalCase(module.noun),
    async: module.async,
    lineBudget: budget,
  });
  const main = primaryFunction(module, blocks);
  const helpers = blocks.flatMap((block) => ['', ...block.lines]);
  return `${[...head, ...shape, '', ...main, ...helpers].join('\n')}\n`;
}

/** Static imports grouped by specifier (types apart), externals first; dynamic imports live in the body. */
function importLines(module) {
  const lines = [...new Set(module.externals)].map((name) => `import { ${EXTERNALS[name].names} } from '${name}';`);
  const groups = new Map();
  for (const entry of module.imports) {
    if (entry.mode === 'dynamic') continue;
    const key = `${entry.mode === 'type' ? 'import type' : 'import'}\0${entry.specifier}`;
    groups.set(key, [...(groups.get(key) ?? []), entry.name]);
  }
  for (const [key, names] of groups) {
    const [keyword, specifier] = key.split('\0');
    lines.push(`${keyword} { ${names.join(', ')} } from '${specifier}';`);
  }
  return lines;
}

function interfaceLines(module, random) {
  const words = module.noun.replaceAll('-', ' ');
  const fields = ['id', ...random.sample(FIELDS.slice(1), random.int(2, 6))];
  const typed = module.imports.filter((entry) => entry.mode === 'type');
  return [
    `/** What ${withArticle(words)} carries through \`${module.symbol}\`. */`,
    `export interface ${module.typeName} {`,
    ...fields.map((field) => `  readonly ${field}${field === 'id' ? '' : '?'}: ${fieldType(field)};`),
    ...typed.map((entry) => `  readonly ${camelCase(entry.name)}?: ${entry.name};`),
    '}',
  ];
}

function fieldType(field) {
  if (STRING_FIELDS.has(field)) return 'string';
  if (field === 'metadata') return 'Readonly<Record<string, string>>';
  if (field.endsWith('At')) return 'Date';
  return 'number';
}

/** The exported function: calls every imported value, every helper block, and returns what they gave. */
function primaryFunction(module, blocks) {
  const returns = module.async ? 'Promise<Record<string, unknown>>' : 'Record<string, unknown>';
  const body = [`  const context: Record<string, unknown> = { ...input, source: '${module.path.slice(4, -3)}' };`];
  const results = [];
  for (const entry of module.imports) {
    if (entry.mode === 'type') continue;
    const result = `${entry.name}Result`;
    if (entry.mode === 'dynamic') body.push(`  const { ${entry.name} } = await import('${entry.specifier}');`);
    body.push(`  const ${result} = ${entry.async ? 'await ' : ''}${entry.name}(context);`);
    results.push(result);
  }
  for (const name of new Set(module.externals)) {
    body.push(...EXTERNALS[name].use);
    results.push(EXTERNALS[name].result);
  }
  for (const block of blocks) {
    body.push(...block.use);
    if (block.result) results.push(block.result);
  }
  return [
    `/** ${describe(module)} */`,
    `export ${module.async ? 'async ' : ''}function ${module.symbol}(input: Readonly<Record<string, unknown>>): ${returns} {`,
    ...body,
    `  return { ...context${results.map((result) => `, ${result}`).join('')} };`,
    '}',
  ];
}

const DESCRIPTIONS = {
  model: (words) => `Builds ${withArticle(words)} from untrusted input, filling in defaults.`,
  repository: (words) => `Loads and stores ${words} rows; every query is scoped to the tenant.`,
  service: (words) => `Applies the ${words} business rules and persists the result.`,
  validator: (words) => `Checks ${withArticle(words)} payload and returns it normalized.`,
  mapper: (words) => `Maps ${withArticle(words)} to the shape the public API returns.`,
  handler: (words) => `HTTP handler for ${words} requests.`,
  lib: (words) => `${words[0].toUpperCase()}${words.slice(1)}: the one place this rule lives.`,
  routes: (words) => `Registers the ${words} routes.`,
  events: (words) => `Publishes ${words} events to the outbox.`,
  entry: (words) =>
    `Creates ${withArticle(words)}: validates it, derives its idempotency key, and charges the payment.`,
  shell: () => 'Application wiring.',
  job: (words) => `Scheduled job: ${words} what is due.`,
};

function describe(module) {
  return DESCRIPTIONS[module.kind](module.noun.replaceAll('-', ' '));
}
