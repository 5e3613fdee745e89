import type { Change, ChangedFile } from '../change/index.js';
import type { Config } from '../config/index.js';
import { touchesDirectory } from './categoryFootprint.js';
import { describeGlobalTrigger, type GlobalTrigger } from './globalTriggers.js';
import type { BuildImportGraphOptions, ImportGraph } from './ImportGraph.js';
import type { Classification, FileClassification, RiskReason } from './model.js';
import { compilePathRule, type PathRule } from './pathRules.js';
import { compileRiskCategories, type RiskCategoryRule } from './riskCategories.js';
import { chainTo } from './shortestChains.js';
import { TreeFacts } from './TreeFacts.js';

/** Everything one classification consults, compiled once. */
interface ClassifyContext {
  readonly categories: readonly RiskCategoryRule[];
  readonly triggers: PathRule;
  readonly head: TreeFacts;
  readonly base: TreeFacts;
}

/**
 * Classifies each changed file (files matching `config.ignore` are left out) by risk category: path
 * rules, runtime import chains from entry points (head graph; base graph for deleted files), and global
 * triggers. A pure function of the change's trees and the config; reads happen only through the trees.
 */
export async function classifyChange(change: Change, config: Config): Promise<Classification> {
  const ignored = compilePathRule(config.ignore);
  const kept = change.files.filter((file) => !ignored.test(file.path));
  const categories = compileRiskCategories(config);
  const head = new TreeFacts(change.head);
  const headGraphNeeded =
    categories.some((category) => category.entryPoints.length > 0) && kept.some((file) => file.status !== 'deleted');
  const baseGraphOptions = async () => (headGraphNeeded ? reuseUnchanged(await head.graph(), change) : {});
  const context: ClassifyContext = {
    categories,
    triggers: compilePathRule(config.globalTriggers.paths, config.globalTriggers.exclude),
    head,
    base: new TreeFacts(change.base, baseGraphOptions),
  };
  const files: FileClassification[] = [];
  for (const file of [...kept].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    files.push(await classifyFile(context, file));
  }
  const risks = [...new Set(files.flatMap((file) => file.risks.map((reason) => reason.risk)))].sort();
  return { schemaVersion: 1, highRisk: risks.length > 0, risks, files };
}

/** The base graph reuses what the head graph extracted from files the change leaves untouched. */
function reuseUnchanged(headGraph: ImportGraph, change: Change): BuildImportGraphOptions {
  const changed = new Set(change.files.flatMap((file) => [file.path, ...(file.oldPath ? [file.oldPath] : [])]));
  const knownSpecifiers = new Map([...headGraph.specifiers].filter(([path]) => !changed.has(path)));
  return { knownSpecifiers };
}

async function classifyFile(context: ClassifyContext, file: ChangedFile): Promise<FileClassification> {
  const facts = file.status === 'deleted' ? context.base : context.head;
  const trigger = context.triggers.test(file.path) ? describeGlobalTrigger(file.path) : undefined;
  const risks: RiskReason[] = [];
  for (const category of context.categories) {
    const path = pathReason(category, file);
    if (path) risks.push(path);
    const chain = chainTo(await facts.reach(category), file.path);
    if (chain) risks.push({ risk: category.name, reason: 'import', chain });
    if (trigger && (await touchesDirectory(category, trigger.scope, facts)))
      risks.push(globalReason(category, trigger));
  }
  return { path: file.path, status: file.status, ...(file.oldPath !== undefined && { oldPath: file.oldPath }), risks };
}

/** The head path decides; a rename out of a protected path also counts (the module there is gone). */
function pathReason(category: RiskCategoryRule, file: ChangedFile): RiskReason | undefined {
  const moved = file.status === 'renamed' && file.oldPath !== undefined;
  const pattern = category.paths.match(file.path) ?? (moved ? category.paths.match(file.oldPath ?? '') : undefined);
  return pattern ? { risk: category.name, reason: 'path', pattern } : undefined;
}

function globalReason(category: RiskCategoryRule, trigger: GlobalTrigger): RiskReason {
  return { risk: category.name, reason: 'global', trigger: trigger.trigger, note: trigger.note };
}
