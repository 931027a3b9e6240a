import type { Diagnostic } from '../schema/index.ts';
import { formatDiagnostic } from './format-diagnostic.ts';
import type { LoaderLogger } from './loader-context.ts';

// Thousands of lines would bury the build's own output (`confnotes check` lists them all).
const SHOWN_WARNINGS = 20;

/**
 * Logs a load's warnings, the first twenty of them. Given the warnings `before` logged by the
 * previous load (a dev server's reload after a save), it logs only those the save brought, and
 * counts the others in one line: every save repeating the same warnings would hide the new
 * ones. Returns the warnings this load had, for the next.
 * @example warned = logWarnings(context.logger, warnings, 'content', warned);
 */
export function logWarnings(
  logger: LoaderLogger,
  warnings: readonly Diagnostic[],
  base: string,
  before?: ReadonlySet<string>,
  /** Where the warnings left out are all listed. */
  // With npx: the package's bin is on no PATH but the scripts' of npm, so `confnotes check` alone
  // is "command not found" in the terminal the dev server runs in.
  all = `run \`npx confnotes check ${base}\` to see them all.`,
): ReadonlySet<string> {
  const keys = new Set(warnings.map(keyOf));
  const fresh = before ? warnings.filter((d) => !before.has(keyOf(d))) : warnings;
  for (const d of fresh.slice(0, SHOWN_WARNINGS)) logger.warn(formatDiagnostic(d, base));
  const more = fresh.length - SHOWN_WARNINGS;
  const kept = warnings.length - fresh.length;
  if (more > 0) logger.warn(`${more} more warnings; ${all}`);
  if (kept > 0) {
    logger.info(
      `${kept === 1 ? '1 warning from before this save is' : `${kept} warnings from before this save are`} still there; ${all}`,
    );
  }
  return keys;
}

function keyOf(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
}
