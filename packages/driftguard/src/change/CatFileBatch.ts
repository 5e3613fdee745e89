import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { BatchOutputParser } from './BatchOutputParser.js';
import { gitMissingError } from './changeErrors.js';
import { type GitContext, spawnGit } from './gitProcess.js';

/**
 * One long-lived `git cat-file --batch` process that reads objects by id, pipelined, in request order.
 * It starts on the first read and holds the event loop only while reads are pending, so a forgotten
 * `close()` never keeps a CLI alive; `close()` ends it (a later read starts a new one).
 */
export class CatFileBatch {
  readonly #context: GitContext;
  #session: BatchSession | undefined;

  constructor(context: GitContext) {
    this.#context = context;
  }

  /** Reads objects by full id in one round trip; a missing object answers undefined. */
  async read(oids: readonly string[]): Promise<(Buffer | undefined)[]> {
    return (await this.readNamed(oids)).map((object) => object?.contents);
  }

  /**
   * Reads objects by any name git resolves (`HEAD~1^{commit}`, `main:src/a.ts`), one per line, in one
   * round trip: each answers its id and contents, or undefined when the name resolves to nothing.
   */
  readNamed(names: readonly string[]): Promise<(GitObject | undefined)[]> {
    if (names.length === 0) return Promise.resolve([]);
    if (!this.#session?.alive) this.#session = new BatchSession(this.#context);
    return this.#session.read(names);
  }

  /** Ends the process once the reads in flight are answered; resolves when it has exited. */
  async close(): Promise<void> {
    const session = this.#session;
    this.#session = undefined;
    await session?.close();
  }
}

/** One object as cat-file answered it. */
export interface GitObject {
  readonly oid: string;
  readonly contents: Buffer;
}

interface Waiter {
  resolve(object: GitObject | undefined): void;
  reject(error: Error): void;
}

/** One cat-file process and the queue of requests it has yet to answer. */
class BatchSession {
  readonly #child: ChildProcessWithoutNullStreams;
  readonly #exited: Promise<void>;
  #waiting: (Waiter | undefined)[] = [];
  #next = 0;
  #stderr = '';
  alive = true;

  constructor(context: GitContext) {
    const child = spawnGit(context, ['cat-file', '--batch']);
    const parser = new BatchOutputParser((contents, oid) =>
      this.#answer(contents === undefined ? undefined : { oid: oid ?? '', contents }),
    );
    child.stdout.on('data', (chunk: Buffer) => parser.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      this.#stderr = (this.#stderr + chunk.toString('utf8')).slice(-2000);
    });
    child.stdin.on('error', () => {}); // the process's own error or close event reports the failure
    this.#exited = new Promise((resolve) => {
      child.on('error', (error: NodeJS.ErrnoException) => {
        this.#fail(error.code === 'ENOENT' ? gitMissingError() : error);
        resolve();
      });
      child.on('close', (code) => {
        this.#fail(new Error(`git cat-file exited (${code}): ${this.#stderr.trim()}`));
        resolve();
      });
    });
    hold(child, false);
    this.#child = child;
  }

  read(names: readonly string[]): Promise<(GitObject | undefined)[]> {
    const answers = names.map(
      (_) => new Promise<GitObject | undefined>((resolve, reject) => this.#waiting.push({ resolve, reject })),
    );
    hold(this.#child, true);
    this.#child.stdin.write(`${names.join('\n')}\n`);
    return Promise.all(answers);
  }

  close(): Promise<void> {
    // Held until git exits: an idle, unref'd child would let Node exit with this promise unsettled.
    hold(this.#child, true);
    this.#child.stdin.end();
    return this.#exited;
  }

  #answer(object: GitObject | undefined): void {
    const waiter = this.#waiting[this.#next];
    this.#waiting[this.#next++] = undefined; // let the answered contents go
    if (this.#next >= this.#waiting.length) {
      this.#waiting = [];
      this.#next = 0;
      hold(this.#child, false);
    }
    waiter?.resolve(object);
  }

  #fail(error: Error): void {
    this.alive = false;
    const pending = this.#waiting.slice(this.#next);
    this.#waiting = [];
    this.#next = 0;
    for (const waiter of pending) waiter?.reject(error);
  }
}

/** Refs or unrefs the process and its pipes: held while reads are pending, released when idle. */
function hold(child: ChildProcessWithoutNullStreams, held: boolean): void {
  for (const handle of [child, child.stdin as Socket, child.stdout as Socket, child.stderr as Socket]) {
    if (held) handle.ref?.();
    else handle.unref?.();
  }
}
