import { classifyChange, DEFAULT_CONFIG, readGitChange, validateConfig } from 'driftguard';
import { packageVersion } from '../packageVersion.mjs';

/**
 * Ours, end to end as `driftguard classify` does it: read the change from git (diff, renames, line
 * counts), build the import graphs it needs, and classify every changed file. The config is the
 * defaults plus the entry point the benchmark is about: `payments` is reached from `src/orders/create.ts`.
 * @type {import('../measureTool.mjs').Tool}
 */
export default {
  label: 'driftguard: classify',
  version: packageVersion('driftguard'),
  async measureOnce(tree) {
    const config = benchConfig(tree.entryPoint);
    const started = performance.now();
    const change = await readGitChange({ cwd: tree.root, base: tree.base, head: tree.head });
    let classification;
    try {
      classification = await classifyChange(change, config);
    } finally {
      await change.close?.();
    }
    const ms = performance.now() - started;
    return { ms, counts: summarize(classification, tree.deepHelper) };
  },
};

function benchConfig(entryPoint) {
  const payments = { ...DEFAULT_CONFIG.risks.payments, entryPoints: [entryPoint] };
  return validateConfig({ ...DEFAULT_CONFIG, risks: { ...DEFAULT_CONFIG.risks, payments } }, 'bench config');
}

/** What the classification said, in brief: files, files at risk, and why the deep helper is. */
function summarize(classification, deepHelper) {
  const helper = classification.files.find((file) => file.path === deepHelper);
  const viaImport = helper?.risks.find((reason) => reason.reason === 'import');
  return {
    changedFiles: classification.files.length,
    filesAtRisk: classification.files.filter((file) => file.risks.length > 0).length,
    risks: classification.risks,
    deepHelperChain: viaImport ? [...viaImport.chain] : [],
    deepHelperRisk: viaImport?.risk,
  };
}
