import type { Tree } from '../change/index.js';
import { type BuildImportGraphOptions, buildImportGraph, type ImportGraph } from './ImportGraph.js';
import { probeModuleFile } from './probeModuleFile.js';
import type { RiskCategoryRule } from './riskCategories.js';
import { type Reach, reachFrom } from './shortestChains.js';

/**
 * What classification needs to know about one side of a change, computed on first use and kept:
 * the sorted file list, the import graph, and what each category's entry points reach.
 */
export class TreeFacts {
  readonly #tree: Tree;
  readonly #graphOptions: () => Promise<BuildImportGraphOptions>;
  #files: Promise<readonly string[]> | undefined;
  #graph: Promise<ImportGraph> | undefined;
  readonly #reach = new Map<string, Promise<Reach>>();

  /** `graphOptions` is asked once, when the graph is first needed (it may wait for another side's graph). */
  constructor(tree: Tree, graphOptions: () => Promise<BuildImportGraphOptions> = async () => ({})) {
    this.#tree = tree;
    this.#graphOptions = graphOptions;
  }

  /** Every file of the tree, sorted (so the files under a directory form one run). */
  files(): Promise<readonly string[]> {
    this.#files ??= this.#graphIfBuilt().then(async (graph) => [...(graph?.files ?? (await this.#tree.list()))].sort());
    return this.#files;
  }

  /** The runtime import graph of the tree. */
  graph(): Promise<ImportGraph> {
    this.#graph ??= this.#graphOptions().then((options) => buildImportGraph(this.#tree, options));
    return this.#graph;
  }

  /** Shortest-chain parents of every file the category's entry points reach (empty without entry points). */
  reach(category: RiskCategoryRule): Promise<Reach> {
    let reach = this.#reach.get(category.name);
    if (!reach) {
      reach = category.entryPoints.length === 0 ? Promise.resolve(new Map()) : this.#reachOf(category);
      this.#reach.set(category.name, reach);
    }
    return reach;
  }

  async #reachOf(category: RiskCategoryRule): Promise<Reach> {
    const graph = await this.graph();
    const files = new Set(graph.files);
    const entries = category.entryPoints.map((entry) => probeModuleFile(files, entry) ?? entry);
    return reachFrom(graph, [...entries].sort());
  }

  #graphIfBuilt(): Promise<ImportGraph | undefined> {
    return this.#graph ?? Promise.resolve(undefined);
  }
}
