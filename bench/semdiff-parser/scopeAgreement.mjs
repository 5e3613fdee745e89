import { performance } from 'node:perf_hooks';
import { analyze } from '@typescript-eslint/scope-manager';
import { loadCandidate } from './candidates.mjs';

/**
 * Can `@typescript-eslint/scope-manager` analyze oxc-parser's TS-ESTree? For every corpus file both
 * ASTs (oxc's and typescript-estree's) go through `analyze()`; a file agrees when both give the same
 * scopes, variables and references, and every reference resolves to the same declaration (compared
 * by source offsets). Also times `analyze()` on each AST.
 */

const ANALYZE_OPTIONS = { sourceType: 'module', lib: ['esnext'] };

/** What must match: counts, plus each reference as `offset:name->declaration offset`. */
function scopeSignature(scopeManager) {
  let variables = 0;
  const references = [];
  for (const scope of scopeManager.scopes) {
    variables += scope.variables.length;
    for (const reference of scope.references) {
      const declaration = reference.resolved?.defs[0]?.name.range[0] ?? 'global';
      references.push(`${reference.identifier.range[0]}:${reference.identifier.name}->${declaration}`);
    }
  }
  return { scopes: scopeManager.scopes.length, variables, references: references.sort() };
}

function sameSignature(left, right) {
  return (
    left.scopes === right.scopes &&
    left.variables === right.variables &&
    left.references.join('|') === right.references.join('|')
  );
}

function timedAnalyze(ast) {
  const started = performance.now();
  const signature = scopeSignature(analyze(ast, ANALYZE_OPTIONS));
  return { ms: performance.now() - started, signature };
}

/**
 * @param {import('./corpus.mjs').SourceFile[]} corpus
 * @returns {Promise<{ files: number, agree: number, differ: string[], oxcThrows: string[], estreeThrows: string[],
 *   references: number, analyzeMs: { oxc: number, estree: number } }>}
 */
export async function compareScopes(corpus) {
  const oxc = await loadCandidate('oxc');
  const estree = await loadCandidate('typescript-estree');
  const outcome = { files: 0, agree: 0, differ: [], oxcThrows: [], estreeThrows: [], references: 0 };
  const analyzeMs = { oxc: 0, estree: 0 };
  for (const file of corpus) {
    let reference;
    try {
      reference = timedAnalyze(estree.parse(file.path, file.text).ast);
    } catch (error) {
      outcome.estreeThrows.push(`${file.path}: ${error.message.split('\n')[0]}`);
      continue;
    }
    outcome.files += 1;
    analyzeMs.estree += reference.ms;
    try {
      const candidate = timedAnalyze(oxc.parse(file.path, file.text).ast);
      analyzeMs.oxc += candidate.ms;
      outcome.references += reference.signature.references.length;
      if (sameSignature(reference.signature, candidate.signature)) outcome.agree += 1;
      else outcome.differ.push(describeDifference(file.path, reference.signature, candidate.signature));
    } catch (error) {
      outcome.oxcThrows.push(`${file.path}: ${error.message.split('\n')[0]}`);
    }
  }
  return { ...outcome, analyzeMs };
}

function describeDifference(path, reference, candidate) {
  const theirs = new Set(candidate.references);
  const missing = reference.references.filter((entry) => !theirs.has(entry)).slice(0, 3);
  return `${path}: scopes ${reference.scopes}/${candidate.scopes}, variables ${reference.variables}/${candidate.variables}, references ${reference.references.length}/${candidate.references.length}; first differing: ${missing.join(', ')}`;
}

/**
 * How many JS files of the corpus make `analyze()` throw when oxc-parser keeps its default
 * `astType` for JS (`'js'`: no TS-only fields such as `decorators`). @returns {Promise<{ files: number, throws: number }>}
 */
export async function jsAstTypeThrows(corpus) {
  const { parseSync } = await import('oxc-parser');
  const scripts = corpus.filter((file) => /\.[mc]?jsx?$/.test(file.path));
  let throws = 0;
  for (const file of scripts) {
    try {
      analyze(parseSync(file.path, file.text, { range: true, preserveParens: false }).program, ANALYZE_OPTIONS);
    } catch {
      throws += 1;
    }
  }
  return { files: scripts.length, throws };
}
