import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';

/**
 * Runs a Lua script on one key by its SHA-1 (EVALSHA), loading it with EVAL the first time a server
 * has not seen it. Replies come back as Buffers, so stored bodies keep their exact bytes.
 */
export async function runScript(
  client: Redis | Cluster,
  script: string,
  key: string,
  args: readonly (string | number | Buffer)[],
): Promise<unknown> {
  const sha = shaOf(script);
  try {
    return await (client as unknown as ScriptCommands).evalshaBuffer(sha, 1, key, ...args);
  } catch (error) {
    if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
    return await (client as unknown as ScriptCommands).evalBuffer(script, 1, key, ...args);
  }
}

/**
 * ioredis defines a Buffer-replying method for every command, these two included, but its types
 * leave them out. They are used rather than `callBuffer('EVALSHA', ...)`, which loses its command
 * name when the app's client has `enableAutoPipelining` on.
 */
interface ScriptCommands {
  evalshaBuffer(sha: string, keys: 1, key: string, ...args: readonly (string | number | Buffer)[]): Promise<unknown>;
  evalBuffer(script: string, keys: 1, key: string, ...args: readonly (string | number | Buffer)[]): Promise<unknown>;
}

const shas = new Map<string, string>();

function shaOf(script: string): string {
  let sha = shas.get(script);
  if (sha === undefined) {
    sha = createHash('sha1').update(script).digest('hex');
    shas.set(script, sha);
  }
  return sha;
}
