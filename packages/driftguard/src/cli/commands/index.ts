import type { Command } from '../command.js';
import { check } from './check.js';
import { classify } from './classify.js';
import { demo } from './demo.js';
import { init } from './init.js';
import { locks } from './locks.js';
import { semdiff } from './semdiff.js';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [check, classify, semdiff, locks, demo, init];
