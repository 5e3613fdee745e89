import { publicTarget } from './libPlan.mjs';
import { addImport, addReExport } from './moduleSet.mjs';
import { pascalCase } from './names.mjs';

/**
 * The application shell of the generated service: `src/main.ts` starts `src/server.ts`, which mounts
 * every feature's routes through `src/routes.ts`; `src/container.ts` wires the features' services;
 * `src/jobs/*` are scheduled jobs that load their feature lazily with `import()`.
 * @typedef {import('./moduleSet.mjs').PlannedModule} PlannedModule
 * @typedef {{ main: PlannedModule, server: PlannedModule, routes: PlannedModule, container: PlannedModule,
 *   jobsBarrel: PlannedModule, jobs: PlannedModule[] }} AppShell
 */

const JOB_VERBS = ['reconcile', 'expire', 'retry', 'compact', 'export', 'notify', 'reindex', 'archive'];

function jobCount(files) {
  return Math.max(4, Math.round(files / 400));
}

/**
 * @param {import('./moduleSet.mjs').ModuleSet} set
 * @returns {AppShell}
 */
export function planApp(set, files) {
  const plan = (path, kind, symbol, typeName) =>
    set.add({ path, kind, symbol, typeName, async: true, noun: 'service' });
  const app = {
    main: plan('src/main.ts', 'shell', 'main', 'MainOptions'),
    server: plan('src/server.ts', 'shell', 'startServer', 'ServerOptions'),
    routes: plan('src/routes.ts', 'shell', 'registerRoutes', 'RouteTable'),
    container: plan('src/container.ts', 'shell', 'createContainer', 'Container'),
    jobsBarrel: set.add({ path: 'src/jobs/index.ts', kind: 'barrel', noun: 'jobs' }),
    jobs: [],
  };
  for (let n = 0; n < jobCount(files); n += 1) {
    const verb = JOB_VERBS[n % JOB_VERBS.length];
    const name = `${verb}-job-${Math.floor(n / JOB_VERBS.length) + 1}`;
    const job = set.add({
      path: `src/jobs/${name}.ts`,
      kind: 'job',
      symbol: `run${pascalCase(name)}`,
      typeName: `${pascalCase(name)}Options`,
      async: true,
      noun: verb,
    });
    app.jobs.push(job);
    addReExport(set.random, app.jobsBarrel, job);
  }
  return app;
}

/**
 * @param {import('../common/random.mjs').SeededRandom} random
 * @param {AppShell} app
 * @param {import('./featurePlan.mjs').Feature[]} features
 * @param {{ areas: import('./libPlan.mjs').LibArea[] }} lib
 */
export function wireApp(random, app, features, lib) {
  const area = (name) => lib.areas.find((candidate) => candidate.name === name);
  addImport(random, app.main, app.server, 'value', { style: 'relative' });
  addImport(random, app.main, app.jobsBarrel, 'value', { style: 'relative-bare' });
  addImport(random, app.main, publicTarget(random, area('config')), 'value');
  addImport(random, app.server, app.routes, 'value', { style: 'relative' });
  addImport(random, app.server, app.container, 'value', { style: 'relative' });
  addImport(random, app.server, area('http').barrel, 'value', { style: 'alias-bare' });
  addImport(random, app.server, area('logging').barrel, 'value', { style: 'alias-bare' });
  for (const feature of features) {
    addImport(random, app.routes, feature.routes, 'value', { style: 'relative' });
    addImport(random, app.container, feature.barrels.index, 'value');
  }
  for (const job of app.jobs) {
    const services = random.pick(features).entities.map((entity) => entity.service);
    if (services.length > 0) addImport(random, job, random.pick(services), 'dynamic', { style: 'alias' });
    addImport(random, job, publicTarget(random, area('queue')), 'value');
  }
}
