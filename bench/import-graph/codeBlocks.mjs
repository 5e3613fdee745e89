import { constantCase, withArticle } from './names.mjs';
import { FIELDS, STATUSES } from './vocabulary.mjs';

/**
 * Private helper blocks that give a generated module its body: each is a small function or class of
 * the kind service code is full of, plus the statement with which the module's exported function
 * uses it (so nothing is dead code). `result` names the value the statement leaves, if any.
 * @typedef {{ lines: string[], use: string[], result?: string }} CodeBlock
 * @typedef {(name: { P: string, p: string, words: string }, random: import('../common/random.mjs').SeededRandom) => CodeBlock} BlockTemplate
 */

const RECORD = 'Readonly<Record<string, unknown>>';

/** @type {Record<string, BlockTemplate>} */
const SYNC_BLOCKS = {
  describeStatus: ({ P, p, words }, random) => ({
    lines: [
      `/** Describes ${withArticle(words)} status for logs and error messages. */`,
      `function describe${P}Status(status: string): string {`,
      '  switch (status) {',
      ...random
        .sample(STATUSES, random.int(3, 5))
        .flatMap((status) => [`    case '${status}':`, `      return '${words} is ${status}';`]),
      '    default:',
      `      return \`${words} has an unknown status: \${status}\`;`,
      '  }',
      '}',
    ],
    use: [`  const ${p}Status = describe${P}Status(String(context.status ?? 'pending'));`],
    result: `${p}Status`,
  }),
  assertFields: ({ P, words }, random) => ({
    lines: [
      `/** Throws when a required ${words} field is missing. */`,
      `function assert${P}Fields(value: ${RECORD}): void {`,
      `  const required = [${random
        .sample(FIELDS, random.int(2, 4))
        .map((field) => `'${field}'`)
        .join(', ')}] as const;`,
      '  for (const field of required) {',
      '    if (value[field] === undefined || value[field] === null) {',
      `      throw new TypeError(\`${words} is missing \${field}\`);`,
      '    }',
      '  }',
      '}',
    ],
    use: [`  assert${P}Fields(context);`],
  }),
  totalAmount: ({ P, p, words }) => ({
    lines: [
      `/** Sums the positive amounts of ${withArticle(words)}'s items, in minor units. */`,
      `function total${P}Amount(value: ${RECORD}): number {`,
      '  const items = Array.isArray(value.items) ? value.items : [];',
      '  let total = 0;',
      '  for (const item of items) {',
      '    const amount = Number((item as { amount?: unknown }).amount ?? 0);',
      '    if (Number.isFinite(amount) && amount > 0) {',
      '      total += Math.round(amount * 100);',
      '    }',
      '  }',
      '  return total;',
      '}',
    ],
    use: [`  const ${p}Total = total${P}Amount(context);`],
    result: `${p}Total`,
  }),
  limits: ({ P, p, words }, random) => {
    const fields = random.sample(FIELDS, random.int(3, 6));
    const table = `${constantCase(p.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))}_LIMITS`;
    return {
      lines: [
        `const ${table}: Readonly<Record<string, number>> = {`,
        ...fields.map((field) => `  ${field}: ${random.int(1, 500)},`),
        '};',
        '',
        `/** The configured limit of one ${words} field, or 0 when there is none. */`,
        `function limitFor${P}(field: string): number {`,
        `  return ${table}[field] ?? 0;`,
        '}',
      ],
      use: [`  const ${p}Limit = limitFor${P}('${fields[0]}');`],
      result: `${p}Limit`,
    };
  },
  history: ({ P, p, words }, random) => ({
    lines: [
      `/** Keeps the most recent ${words} entries, dropping the oldest past its capacity. */`,
      `class ${P}History {`,
      `  private readonly entries: Array<${RECORD}> = [];`,
      '',
      '  constructor(private readonly capacity: number) {}',
      '',
      `  record(entry: ${RECORD}): void {`,
      '    if (this.entries.length >= this.capacity) {',
      '      this.entries.shift();',
      '    }',
      '    this.entries.push(entry);',
      '  }',
      '',
      `  latest(): ${RECORD} | undefined {`,
      '    return this.entries.at(-1);',
      '  }',
      '',
      '  get size(): number {',
      '    return this.entries.length;',
      '  }',
      '}',
    ],
    use: [
      `  const ${p}History = new ${P}History(${random.int(4, 64)});`,
      `  ${p}History.record(context);`,
      `  const ${p}HistorySize = ${p}History.size;`,
    ],
    result: `${p}HistorySize`,
  }),
  stableKey: ({ p, words }, random) => ({
    lines: [
      `/** A stable key for ${withArticle(words)}: its identifying fields, trimmed, lower-cased and joined. */`,
      `function ${p}Key(value: ${RECORD}): string {`,
      `  const parts = [${random
        .sample(FIELDS, random.int(2, 4))
        .map((field) => `value.${field}`)
        .join(', ')}];`,
      '  return parts',
      "    .map((part) => String(part ?? '').trim().toLowerCase())",
      '    .filter((part) => part.length > 0)',
      `    .join('${random.pick([':', '/', '|', '.'])}');`,
      '}',
    ],
    use: [`  const ${p}KeyValue = ${p}Key(context);`],
    result: `${p}KeyValue`,
  }),
  validityWindow: ({ P, words }) => ({
    lines: [
      `/** Whether ${withArticle(words)} is inside its validity window at \`now\`. */`,
      `function is${P}Current(value: ${RECORD}, now: Date = new Date()): boolean {`,
      "  const starts = Date.parse(String(value.createdAt ?? ''));",
      "  const ends = Date.parse(String(value.expiresAt ?? ''));",
      '  if (Number.isNaN(starts)) {',
      '    return false;',
      '  }',
      '  const at = now.getTime();',
      '  return Number.isNaN(ends) ? starts <= at : starts <= at && at < ends;',
      '}',
    ],
    use: [`  const current${P} = is${P}Current(context);`],
    result: `current${P}`,
  }),
  pickFields: ({ P, p, words }, random) => ({
    lines: [
      `/** Copies only the public fields of ${withArticle(words)}, dropping everything else. */`,
      `function pick${P}Fields(value: ${RECORD}): Record<string, unknown> {`,
      '  return {',
      ...random.sample(FIELDS, random.int(3, 7)).map((field) => `    ${field}: value.${field} ?? null,`),
      '  };',
      '}',
    ],
    use: [`  const ${p}Public = pick${P}Fields(context);`],
    result: `${p}Public`,
  }),
  groupByStatus: ({ P, p, words }) => ({
    lines: [
      `/** Groups ${words} entries by status, keeping their order inside each group. */`,
      `function group${P}ByStatus(entries: ReadonlyArray<${RECORD}>): Map<string, Array<${RECORD}>> {`,
      `  const groups = new Map<string, Array<${RECORD}>>();`,
      '  for (const entry of entries) {',
      "    const status = String(entry.status ?? 'unknown');",
      '    const group = groups.get(status) ?? [];',
      '    group.push(entry);',
      '    groups.set(status, group);',
      '  }',
      '  return groups;',
      '}',
    ],
    use: [`  const ${p}Groups = group${P}ByStatus([context]).size;`],
    result: `${p}Groups`,
  }),
};

/** @type {Record<string, BlockTemplate>} */
const ASYNC_BLOCKS = {
  retry: ({ P, p }, random) => ({
    lines: [
      '/** Runs an operation up to `attempts` times, waiting a little longer after each failure. */',
      `async function with${P}Retry<T>(operation: () => Promise<T>, attempts = ${random.int(2, 5)}): Promise<T> {`,
      '  let lastError: unknown;',
      '  for (let attempt = 1; attempt <= attempts; attempt += 1) {',
      '    try {',
      '      return await operation();',
      '    } catch (error) {',
      '      lastError = error;',
      `      await new Promise((resolve) => setTimeout(resolve, attempt * ${random.int(10, 200)}));`,
      '    }',
      '  }',
      '  throw lastError;',
      '}',
    ],
    use: [`  const ${p}Attempt = await with${P}Retry(async () => context.id);`],
    result: `${p}Attempt`,
  }),
};

const VARIANTS = ['', 'Entry', 'Draft', 'Batch', 'Snapshot', 'Record', 'Change', 'Request'];

/**
 * Picks helper blocks until they add up to about `lineBudget` lines; names stay unique in the module.
 * @param {import('../common/random.mjs').SeededRandom} random
 * @param {{ noun: string, pascal: string, async: boolean, lineBudget: number }} subject
 * @returns {CodeBlock[]}
 */
export function chooseBlocks(random, { noun, pascal, async, lineBudget }) {
  const templates = Object.values(async ? { ...SYNC_BLOCKS, ...ASYNC_BLOCKS } : SYNC_BLOCKS);
  const blocks = [];
  const used = new Set();
  for (let lines = 0; lines < lineBudget; ) {
    const template = random.pick(templates);
    const variant = VARIANTS.find((candidate) => !used.has(`${template.name}${candidate}`));
    if (variant === undefined) continue;
    used.add(`${template.name}${variant}`);
    const P = `${pascal}${variant}`;
    const block = template({ P, p: P[0].toLowerCase() + P.slice(1), words: noun.replaceAll('-', ' ') }, random);
    blocks.push(block);
    lines += block.lines.length + block.use.length + 1;
  }
  return blocks;
}
