import { dirname, join } from 'node:path';
import { LockFileError } from '../LockFileError.js';
import type { Lock, Step, VariableDeclaration } from '../model.js';
import type { MapEntry, SourceNode } from '../source/SourceNode.js';
import type { Template } from '../template.js';
import { BUILTIN_VARIABLES, type CompileContext, collectUniqueNames, SIGN_VARIABLES } from './CompileContext.js';
import { Issues } from './Issues.js';
import { asMap, asSeq, asText, fieldsOf, oneOrMany } from './read.js';
import { namedRequest } from './request.js';
import { compileSideEffect } from './sideEffects.js';
import { compileStep } from './steps.js';
import { compileJsonTemplate, compileTemplate } from './templates.js';

const LOCK_FIELDS = [
  'lock',
  'description',
  'flow',
  'flows',
  'target',
  'targets',
  'database',
  'vars',
  'requests',
  'side-effects',
  'steps',
];
const RESERVED = new Set<string>([...BUILTIN_VARIABLES, ...SIGN_VARIABLES, 'env', 'unique']);

/** Where a lock document came from: its absolute path, and the name messages show. */
export interface LockSource {
  readonly file: string;
  readonly shown: string;
}

/**
 * Compiles one lock document into the model: checks every field, variable, JSON path and SQL
 * parameter, and expands invariants into steps. Throws a LockFileError listing every problem.
 */
export function compileLock(root: SourceNode, source: LockSource): Lock {
  const issues = new Issues();
  const map = asMap(root, 'a lock', issues);
  if (map === undefined) throw new LockFileError(issues.list);
  const fields = fieldsOf(map, LOCK_FIELDS, issues, 'a lock');
  const context: CompileContext = {
    issues,
    file: source.shown,
    uniqueNames: collectUniqueNames(root),
    targets: new Set(targetNames(fields)),
    requestNodes: entriesOf(fields.get('requests'), 'requests', issues),
    requests: new Map(),
    sideEffectNodes: entriesOf(fields.get('side-effects'), 'side-effects', issues),
    sideEffects: new Map(),
    snapshotNames: new Set(),
    declared: new Set(),
    captured: new Set(),
    invariantCount: 0,
  };
  const nameEntry = fields.get('lock');
  const name = nameEntry
    ? asText(nameEntry.value, 'lock', issues)
    : issues.add(map.pos, 'a lock needs a name: lock: NAME');
  const descriptionNode = fields.get('description')?.value;
  const description = descriptionNode && asText(descriptionNode, 'description', issues);
  const flows = [fields.get('flow'), fields.get('flows')]
    .flatMap((entry) => (entry ? oneOrMany(entry.value) : []))
    .map((node) => asText(node, 'flow', issues))
    .filter((flow): flow is string => flow !== undefined);
  const vars = compileVars(fields.get('vars'), context);
  const targets = compileTargets(fields, context);
  const databaseNode = fields.get('database')?.value;
  const database = databaseNode && compileTemplate(databaseNode, 'database', context);
  const steps = compileSteps(fields.get('steps'), map.pos, context);
  for (const requestName of context.requestNodes.keys()) namedRequest(requestName, context);
  for (const [effectName, node] of context.sideEffectNodes) {
    if (!context.sideEffects.has(effectName)) compileSideEffect(effectName, node, context);
  }
  if (issues.list.length > 0 || name === undefined) throw new LockFileError(issues.list);
  return {
    name,
    ...(description === undefined ? {} : { description }),
    flows,
    file: source.file,
    position: nameEntry?.keyPos ?? map.pos,
    targets,
    ...(database === undefined ? {} : { database }),
    vars,
    steps,
    snapshotDir: join(dirname(source.file), '__snapshots__'),
  };
}

function targetNames(fields: ReadonlyMap<string, MapEntry>): string[] {
  const targets = fields.get('targets')?.value;
  return targets?.kind === 'map' ? targets.entries.map((entry) => entry.key) : [];
}

function entriesOf(entry: MapEntry | undefined, what: string, issues: Issues): Map<string, SourceNode> {
  const map = entry && asMap(entry.value, what, issues);
  return new Map(map?.entries.map((item) => [item.key, item.value]));
}

function compileVars(entry: MapEntry | undefined, context: CompileContext): VariableDeclaration[] {
  const map = entry && asMap(entry.value, 'vars', context.issues);
  const vars: VariableDeclaration[] = [];
  for (const item of map?.entries ?? []) {
    if (!/^[A-Za-z_][\w-]*$/.test(item.key) || RESERVED.has(item.key)) {
      context.issues.add(
        item.keyPos,
        `"${item.key}" cannot name a variable (plain names only, not ${[...RESERVED].join(', ')})`,
      );
      continue;
    }
    const value = compileJsonTemplate(item.value, `vars.${item.key}`, context);
    if (value !== undefined) vars.push({ name: item.key, value, position: item.keyPos });
    context.declared.add(item.key);
  }
  return vars;
}

function compileTargets(fields: ReadonlyMap<string, MapEntry>, context: CompileContext): Map<string, Template> {
  const targets = new Map<string, Template>();
  const single = fields.get('target')?.value;
  const base = single && compileTemplate(single, 'target', context);
  if (base) targets.set('default', base);
  const many = fields.get('targets');
  const map = many && asMap(many.value, 'targets', context.issues);
  for (const item of map?.entries ?? []) {
    if (item.key === 'default' && base)
      context.issues.add(item.keyPos, 'the default target is given twice (target: and targets.default)');
    const url = compileTemplate(item.value, `targets.${item.key}`, context);
    if (url) targets.set(item.key, url);
  }
  return targets;
}

function compileSteps(entry: MapEntry | undefined, pos: SourceNode['pos'], context: CompileContext): Step[] {
  if (entry === undefined) {
    context.issues.add(pos, 'a lock needs steps: a list of requests, checks and invariants');
    return [];
  }
  const list = asSeq(entry.value, 'steps', context.issues);
  if (list !== undefined && list.items.length === 0) context.issues.add(list.pos, 'steps is empty');
  return (list?.items ?? []).flatMap((node, index) => compileStep(node, index, context) ?? []);
}
