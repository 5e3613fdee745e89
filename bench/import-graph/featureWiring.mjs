import { publicTarget } from './libPlan.mjs';
import { addImport } from './moduleSet.mjs';

/**
 * Gives the feature modules their imports, layer by layer the way a service is usually written:
 * handlers call services, services call repositories, validators, mappers, `src/lib` and other
 * features' barrels; models are mostly imported as types.
 * @typedef {import('./featurePlan.mjs').Feature} Feature
 * @typedef {import('./featurePlan.mjs').Entity} Entity
 * @typedef {import('../common/random.mjs').SeededRandom} SeededRandom
 */

/**
 * @param {SeededRandom} random
 * @param {Feature[]} features
 * @param {{ areas: import('./libPlan.mjs').LibArea[] }} lib
 */
export function wireFeatures(random, features, lib) {
  const fromLib = (module, areaNames, mode = 'value') => {
    const name = random.pick(areaNames);
    const area = lib.areas.find((candidate) => candidate.name === name);
    addImport(random, module, publicTarget(random, area), mode);
  };
  const context = { random, features, lib, fromLib };
  for (const feature of features) {
    for (const entity of feature.entities) wireEntity(context, feature, entity);
    wireRoutes(context, feature);
    wireEvents(context, feature);
    if (feature.entry) wireEntry(context, feature);
  }
}

function wireEntity(context, feature, entity) {
  wireModel(context, feature, entity);
  wireValidator(context, entity);
  wireMapper(context, entity);
  wireRepository(context, feature, entity);
  wireService(context, feature, entity);
  for (const handler of entity.handlers) wireHandler(context, feature, entity, handler);
  if (entity.test) {
    addImport(context.random, entity.test, entity.service, 'value', { style: 'relative' });
    entity.test.externals.push('vitest');
  }
}

function wireModel({ random, fromLib }, feature, entity) {
  fromLib(entity.model, ['ids', 'money', 'time'], 'type');
  if (random.chance(0.4)) fromLib(entity.model, ['validation', 'strings', 'ids']);
  if (random.chance(0.3)) addImport(random, entity.model, random.pick(feature.entities).model, 'type');
}

function wireValidator({ random, fromLib }, entity) {
  addImport(random, entity.validator, entity.model, 'type');
  if (random.chance(0.5)) addImport(random, entity.validator, entity.model, 'value');
  if (random.chance(0.7)) fromLib(entity.validator, ['validation', 'errors']);
}

function wireMapper({ random, fromLib }, entity) {
  addImport(random, entity.mapper, entity.model, 'type');
  for (let n = random.int(1, 2); n > 0; n -= 1) fromLib(entity.mapper, ['strings', 'time', 'money', 'serialization']);
}

function wireRepository({ random, fromLib }, feature, entity) {
  addImport(random, entity.repository, entity.model, 'type');
  if (random.chance(0.5))
    addImport(random, entity.repository, random.chance(0.5) ? feature.barrels.models : entity.model, 'value');
  for (let n = random.int(1, 2); n > 0; n -= 1) fromLib(entity.repository, ['db', 'pagination', 'cache']);
  if (random.chance(0.3)) fromLib(entity.repository, ['errors']);
}

function wireService(context, feature, entity) {
  const { random, fromLib } = context;
  const service = entity.service;
  addImport(random, service, random.chance(0.5) ? feature.barrels.repositories : entity.repository, 'value');
  addImport(random, service, entity.validator, 'value');
  if (random.chance(0.6)) addImport(random, service, entity.mapper, 'value');
  addImport(random, service, entity.model, 'type');
  for (let n = random.int(2, 3); n > 0; n -= 1) {
    fromLib(service, [
      'logging',
      'retry',
      'events',
      'keys',
      'metrics',
      'tracing',
      'cache',
      'feature-flags',
      'tenancy',
      'ids',
    ]);
  }
  if (random.chance(0.3)) addImport(random, service, random.pick(feature.entities).service, 'value');
  for (let n = random.int(0, 2); n > 0; n -= 1)
    addImport(random, service, otherFeatureBarrel(context, feature), 'value');
}

/** A barrel of another feature: mostly one of a lower layer, sometimes any (which makes a few cycles). */
function otherFeatureBarrel({ random, features }, feature) {
  const lower = features.filter((other) => other.rank < feature.rank);
  const pool = lower.length > 0 && random.chance(0.9) ? lower : features.filter((other) => other !== feature);
  const other = random.pick(pool);
  return random.chance(0.7) ? other.barrels.index : other.barrels.services;
}

function wireHandler({ random, fromLib }, feature, entity, handler) {
  addImport(random, handler, random.chance(0.5) ? feature.barrels.services : entity.service, 'value', {
    name: entity.service.symbol,
  });
  if (random.chance(0.5)) addImport(random, handler, entity.validator, 'value');
  if (random.chance(0.5)) addImport(random, handler, entity.mapper, 'value');
  fromLib(handler, ['http']);
  addImport(random, handler, random.chance(0.5) ? entity.model : entity.validator, 'type');
}

function wireRoutes({ random, fromLib }, feature) {
  const handlers = feature.entities.flatMap((entity) => entity.handlers);
  for (let n = random.int(2, 4); n > 0; n -= 1) addImport(random, feature.routes, feature.barrels.handlers, 'value');
  if (handlers.length > 0 && random.chance(0.5)) addImport(random, feature.routes, random.pick(handlers), 'dynamic');
  fromLib(feature.routes, ['http']);
}

function wireEvents({ random, fromLib }, feature) {
  for (let n = random.int(1, 2); n > 0; n -= 1) addImport(random, feature.events, feature.barrels.services, 'value');
  fromLib(feature.events, ['events']);
}

/** `src/orders/create.ts`: reaches the key helper through `@lib/keys` (barrel), and the payments feature. */
function wireEntry({ random, features, lib, fromLib }, feature) {
  const entry = feature.entry;
  const keys = lib.areas.find((area) => area.name === 'keys');
  addImport(random, entry, keys.barrel, 'value', { name: 'deriveKey', style: 'alias-bare' });
  addImport(random, entry, feature.barrels.services, 'value', { style: 'relative' });
  addImport(random, entry, feature.barrels.services, 'value', { style: 'relative' });
  const payments = features.find((other) => other.name === 'payments');
  addImport(random, entry, payments.barrels.index, 'value', { style: 'alias-bare' });
  addImport(random, entry, feature.entities[0].model, 'type', { style: 'relative' });
  fromLib(entry, ['http']);
}
