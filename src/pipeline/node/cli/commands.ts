import type { Command } from './command.ts';
import { articlesCommand } from './articles.ts';
import { dataCommand } from './data.ts';
import { excerptsCommand } from './excerpts.ts';
import { factsCommand } from './facts.ts';
import { featuresCommand } from './features.ts';
import { reduceCommand } from './reduce.ts';
import { stageCommand } from './stage.ts';

/** Every CLI command, in the order the usage lists them. A new command: its module, and one line here. */
export const COMMANDS: readonly Command[] = [
  dataCommand,
  excerptsCommand,
  featuresCommand,
  articlesCommand,
  factsCommand,
  stageCommand,
  reduceCommand,
];
