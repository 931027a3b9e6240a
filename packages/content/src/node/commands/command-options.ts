import { BUILD_OPTIONS } from './build-options.ts';
import type { OptionsByCommand } from './unknown-command.ts';

/**
 * The options of each command, by its name: for a guess at a mistyped one, and to name the
 * command an option given to another belongs to (`export --format` is `check`'s).
 */
export const COMMAND_OPTIONS = {
  check: ['--format', '--max-warnings', ...BUILD_OPTIONS, '--help'],
  export: ['--out', '--pretty', '--drafts', ...BUILD_OPTIONS, '--help'],
} as const satisfies OptionsByCommand;

export type CommandName = keyof typeof COMMAND_OPTIONS;
