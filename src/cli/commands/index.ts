// Registry of the CLI sub-commands (one file each in this folder).
import type { CliCommand } from '../types.js';
import { decaysCommand } from './decays.js';
import { g2Command } from './g2.js';
import { modelCommand } from './model.js';
import { recastCommand } from './recast.js';
import { figureCommand } from './figure.js';
import { scanCommand } from './scan.js';
import { mergeCommand } from './merge.js';
import { eventsCommand } from './events.js';

/** Every sub-command of `semivisible`, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [modelCommand, decaysCommand, g2Command, eventsCommand, recastCommand, figureCommand, scanCommand, mergeCommand];
