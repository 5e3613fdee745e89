import ts from 'typescript';
import { scriptKind } from '../parseSource.mjs';

/**
 * A TypeScript language service over one in-memory file, for scope-correct rename locations.
 * No lib files and no type checking are needed: renames resolve through the binder alone.
 * @param {string} name
 * @param {string} text
 */
export function singleFileService(name, text) {
  const fileName = `/case/${name}`;
  /** @type {ts.LanguageServiceHost} */
  const host = {
    getCompilationSettings: () => ({ allowJs: true, noLib: true, noResolve: true, target: ts.ScriptTarget.Latest }),
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => '1',
    getScriptKind: () => scriptKind(name),
    getScriptSnapshot: (file) => (file === fileName ? ts.ScriptSnapshot.fromString(text) : undefined),
    getCurrentDirectory: () => '/case',
    getDefaultLibFileName: () => '/lib.d.ts',
    fileExists: (file) => file === fileName,
    readFile: (file) => (file === fileName ? text : undefined),
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  return {
    fileName,
    service,
    sourceFile: /** @type {ts.SourceFile} */ (service.getProgram()?.getSourceFile(fileName)),
  };
}
