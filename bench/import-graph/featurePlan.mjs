import { addReExport } from './moduleSet.mjs';
import { pascalCase } from './names.mjs';
import { ENTITY_SUFFIXES, FEATURES, HANDLER_VERBS } from './vocabulary.mjs';

/**
 * The feature folders of the generated service (`src/orders`, `src/payments`, ...): per entity a
 * model, repository, service, validator, mapper, a few handlers and sometimes a test; per feature
 * barrels for each layer and for the feature, its routes and events, and for `orders` the entry
 * point `src/orders/create.ts`.
 * @typedef {import('./moduleSet.mjs').PlannedModule} PlannedModule
 * @typedef {{ name: string, model: PlannedModule, repository: PlannedModule, service: PlannedModule,
 *   validator: PlannedModule, mapper: PlannedModule, handlers: PlannedModule[], test?: PlannedModule }} Entity
 * @typedef {object} Feature
 * @property {string} name
 * @property {string} noun
 * @property {number} rank features mostly import features of a lower rank
 * @property {Record<'index' | 'handlers' | 'services' | 'repositories' | 'models' | 'validators', PlannedModule>} barrels
 * @property {PlannedModule} routes
 * @property {PlannedModule} events
 * @property {PlannedModule} [entry] `src/orders/create.ts`
 * @property {Entity[]} entities
 */

/** The file the benchmark's config names as the `payments` category's entry point. */
export const ENTRY_POINT = 'src/orders/create.ts';

const LAYERS = ['handlers', 'services', 'repositories', 'models', 'validators'];

/**
 * Plans every feature's fixed files, then adds entities round-robin while they fit in `budget` modules.
 * @param {import('./moduleSet.mjs').ModuleSet} set
 * @returns {Feature[]}
 */
export function planFeatures(set, budget) {
  const start = set.size;
  const features = FEATURES.map(([name, noun], rank) => planSkeleton(set, name, noun, rank));
  for (let round = 0; ; round += 1) {
    for (const feature of features) {
      const entity = nextEntityShape(set.random, feature, round);
      if (set.size - start + entity.fileCount > budget) return features;
      addEntity(set, feature, entity);
    }
  }
}

function planSkeleton(set, name, noun, rank) {
  const { random } = set;
  const barrel = (folder) => set.add({ path: `src/${name}/${folder}index.ts`, kind: 'barrel', noun: name });
  const barrels = { index: barrel('') };
  for (const layer of LAYERS) barrels[layer] = barrel(`${layer}/`);
  for (const layer of ['services', 'models', 'validators']) addReExport(random, barrels.index, barrels[layer]);
  const routes = set.add({
    path: `src/${name}/routes.ts`,
    kind: 'routes',
    symbol: `register${pascalCase(name)}Routes`,
    typeName: `${pascalCase(name)}RouteOptions`,
    async: true,
    noun,
  });
  const events = set.add({
    path: `src/${name}/events.ts`,
    kind: 'events',
    symbol: `publish${pascalCase(name)}Events`,
    typeName: `${pascalCase(name)}EventPayload`,
    async: true,
    noun,
  });
  const feature = { name, noun, rank, barrels, routes, events, entities: [] };
  if (`src/${name}/create.ts` === ENTRY_POINT) {
    feature.entry = set.add({
      path: ENTRY_POINT,
      kind: 'entry',
      symbol: `create${pascalCase(noun)}`,
      typeName: `Create${pascalCase(noun)}Command`,
      async: true,
      noun,
    });
  }
  return feature;
}

/** The name, handler verbs and test-or-not of a feature's next entity, before any file is planned. */
function nextEntityShape(random, feature, round) {
  const suffix = ENTITY_SUFFIXES[round % ENTITY_SUFFIXES.length];
  const repeat = Math.floor(round / ENTITY_SUFFIXES.length);
  const name = [feature.noun, suffix, repeat > 0 ? String(repeat + 1) : ''].filter(Boolean).join('-');
  const verbs = random.sample(HANDLER_VERBS, random.int(2, 5));
  const withTest = random.chance(0.4);
  return { name, verbs, withTest, fileCount: 5 + verbs.length + (withTest ? 1 : 0) };
}

function addEntity(set, feature, { name, verbs, withTest }) {
  const P = pascalCase(name);
  const at = (folder, file) => `src/${feature.name}/${folder}/${file}.ts`;
  const plan = (path, kind, symbol, typeName, async) => set.add({ path, kind, symbol, typeName, async, noun: name });
  const entity = {
    name,
    model: plan(at('models', name), 'model', `build${P}`, P, false),
    repository: plan(at('repositories', `${name}-repository`), 'repository', `load${P}`, `${P}Row`, true),
    service: plan(at('services', `${name}-service`), 'service', `process${P}`, `${P}ServiceOptions`, true),
    validator: plan(at('validators', `${name}-schema`), 'validator', `validate${P}`, `${P}Input`, false),
    mapper: plan(at('mappers', `${name}-mapper`), 'mapper', `map${P}ToDto`, `${P}Dto`, false),
    handlers: verbs.map((verb) =>
      plan(
        at('handlers', `${verb}-${name}`),
        'handler',
        `handle${pascalCase(verb)}${P}`,
        `${pascalCase(verb)}${P}Request`,
        true,
      ),
    ),
  };
  if (withTest) entity.test = plan(at('services', `${name}-service.test`), 'test', '', '', true);
  const { random } = set;
  addReExport(random, feature.barrels.models, entity.model);
  addReExport(random, feature.barrels.repositories, entity.repository);
  addReExport(random, feature.barrels.services, entity.service);
  addReExport(random, feature.barrels.validators, entity.validator);
  for (const handler of entity.handlers) addReExport(random, feature.barrels.handlers, handler);
  feature.entities.push(entity);
}
