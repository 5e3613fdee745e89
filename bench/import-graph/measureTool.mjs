/**
 * Measures one tool in a process of its own (started by `index.mjs` with `fork`, working directory
 * the tree's root): `warmups` untimed-for-the-median runs, then `runs` measured ones, each building
 * the graph from scratch. Sends `{ label, version, warmups, times, counts }` over IPC.
 *
 * @typedef {{ root: string, base: string, head: string, entryPoint: string, deepHelper: string }} TreeRef
 * @typedef {{ ms: number, counts: Record<string, unknown> }} Measurement
 * @typedef {{ label: string, version: string, measureOnce(tree: TreeRef): Promise<Measurement> }} Tool
 */

/** The tools by the name `index.mjs` asks for. */
export const TOOLS = {
  'driftguard-graph': './tools/driftguardGraph.mjs',
  'driftguard-classify': './tools/driftguardClassify.mjs',
  'dependency-cruiser': './tools/dependencyCruiser.mjs',
  madge: './tools/madge.mjs',
};

async function measure(name, tree, { warmups, runs }) {
  /** @type {{ default: Tool }} */
  const { default: tool } = await import(TOOLS[name]);
  const times = [];
  let counts = {};
  for (let run = 0; run < warmups + runs; run += 1) {
    const measurement = await tool.measureOnce(tree);
    times.push(measurement.ms);
    counts = measurement.counts;
  }
  return {
    label: tool.label,
    version: tool.version,
    warmups: times.slice(0, warmups),
    times: times.slice(warmups),
    counts,
  };
}

if (process.send) {
  const [name, treeJson, warmups, runs] = process.argv.slice(2);
  try {
    const result = await measure(name, JSON.parse(treeJson), { warmups: Number(warmups), runs: Number(runs) });
    process.send({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    process.send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () =>
      process.exit(1),
    );
  }
}
