import type { SnapshotSpec } from '../model.js';
import type { SourceNode } from '../source/SourceNode.js';
import type { Template } from '../template.js';
import type { CompileContext } from './CompileContext.js';
import { compilePath } from './expect.js';
import { asMap, asText, fieldsOf, oneOrMany } from './read.js';

const SNAPSHOT_FIELDS = ['name', 'select', 'ignore', 'consequence'];

/**
 * `snapshot: NAME` (the whole body) or `snapshot: { name, select: { key: $.path }, ignore: [$.path],
 * consequence }`. Names are unique per lock directory, since each is one file in `__snapshots__`.
 */
export function compileSnapshot(node: SourceNode, context: CompileContext): SnapshotSpec | undefined {
  const { issues } = context;
  if (node.kind === 'scalar') {
    const name = checkName(node, context);
    return name === undefined ? undefined : { name, ignore: [], position: node.pos };
  }
  const map = asMap(node, 'snapshot', issues);
  if (map === undefined) return undefined;
  const fields = fieldsOf(map, SNAPSHOT_FIELDS, issues, 'snapshot');
  const nameNode = fields.get('name')?.value;
  if (nameNode === undefined) return issues.add(map.pos, 'snapshot needs a name (its file is __snapshots__/NAME.json)');
  const name = checkName(nameNode, context);
  const selectNode = fields.get('select')?.value;
  const selectMap = selectNode && asMap(selectNode, 'snapshot.select', issues);
  const select = selectMap?.entries.map((entry) => {
    const text = asText(entry.value, `select ${entry.key}`, issues);
    return [entry.key, text === undefined ? undefined : compilePath(text, entry.value.pos, context)] as const;
  });
  const ignoreNode = fields.get('ignore')?.value;
  const ignore = (ignoreNode ? oneOrMany(ignoreNode) : []).map((item) => {
    const text = asText(item, 'snapshot.ignore', issues);
    return text === undefined ? undefined : compilePath(text, item.pos, context);
  });
  const consequenceNode = fields.get('consequence')?.value;
  const consequence = consequenceNode && asText(consequenceNode, 'snapshot.consequence', issues);
  if (name === undefined || (selectNode && !selectMap) || select?.some(([, path]) => path === undefined)) return;
  if (ignore.some((path) => path === undefined) || (consequenceNode && consequence === undefined)) return;
  return {
    name,
    ...(select ? { select: select as [string, Template][] } : {}),
    ignore: ignore as Template[],
    ...(consequence === undefined ? {} : { consequence }),
    position: map.pos,
  };
}

function checkName(node: SourceNode, context: CompileContext): string | undefined {
  const name = asText(node, 'snapshot name', context.issues);
  if (name === undefined) return undefined;
  if (!/^[A-Za-z0-9][\w.-]*$/.test(name)) {
    return context.issues.add(node.pos, `snapshot name "${name}" must be letters, digits, ".", "_" or "-"`);
  }
  if (context.snapshotNames.has(name)) return context.issues.add(node.pos, `snapshot "${name}" is declared twice`);
  context.snapshotNames.add(name);
  return name;
}
