import { join } from 'node:path';
import { byPlace } from '../../query/by-place.ts';
import { catalogJson } from '../../schema/catalog-json.ts';
import { printable } from '../../text/printable.ts';
import { OutputStopped } from '../cli-output.ts';
import { writeFailure } from '../cli-write-failure.ts';
import { loadCatalog } from '../load-catalog.ts';
import type { CliOutput } from '../run-cli.ts';
import {
  BUILD_OPTIONS_HELP,
  BUILD_USAGE,
  type BuildFlags,
  readBuildFlag,
  withBuildOptions,
} from './build-options.ts';
import { formatDiagnostic } from './check.ts';
import { painted, plain } from './colors.ts';
import { contentDirProblem } from './content-dir.ts';
import { splitAtDashes } from './end-of-options.ts';
import { folderAsOut } from './folder-as-out.ts';
import { terminalSafeJson } from './json-text.ts';
import { oneDirectory } from './one-directory.ts';
import { optionAt } from './option-at.ts';
import { sourceAt } from './out-over-source.ts';
import { outProblem } from './out-problem.ts';
import { plural } from './plural.ts';
import { standardStreamOf } from './standard-stream.ts';
import { unexpandedTilde } from './unexpanded-tilde.ts';
import { unknownOption } from './unknown-option.ts';
import { writeOut } from './write-out.ts';

interface ExportOptions extends BuildFlags {
  readonly dir: string;
  readonly out?: string;
  readonly pretty: boolean;
  readonly drafts: boolean;
}

// On two lines: one would not fit 80 columns.
const USAGE = `confnotes export [dir] [--out file] [--pretty] [--drafts]\n       ${BUILD_USAGE}`;

/** What `confnotes export --help` prints. */
export const EXPORT_HELP = [
  `Usage: ${USAGE}`,
  '',
  'Builds the catalog (posts, talks, speakers, events) of a content directory',
  '(`content` when none is given) and prints it as JSON. Errors in the content are',
  'printed on stderr and make the exit code 1, but the catalog of everything else',
  'is still written.',
  '',
  'Options:',
  '  --out file          write the JSON to this file instead (through a temporary',
  '                      file); `-` is standard output',
  '  --pretty            indent the JSON',
  '  --drafts            keep draft posts (draft: true), and the talks and speakers',
  '                      only they report; left out by default, as a site leaves',
  '                      them out',
  ...BUILD_OPTIONS_HELP,
  '  -h, --help          print this help',
  '',
  'Exit code 1 when the content has errors or the JSON cannot be written, 0',
  'otherwise, 2 on a usage mistake, a folder that is not a content directory or',
  'cannot be read, or an --out that would write over a source of the catalog.',
].join('\n');

// Given a value (`--pretty=yes`), these are told they take none rather than taken for a typo.
const SWITCHES = ['--pretty', '--drafts', '--no-cache', '--help'];

function parseArgs(argv: string[]): ExportOptions | string {
  let out: string | undefined;
  let pretty = false;
  let drafts = false;
  const flags: BuildFlags = {};
  const { options: args, operands } = splitAtDashes(argv);
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const used = readBuildFlag(args, i, flags);
    const outAt = optionAt(args, i, '--out');
    if (typeof used === 'string') return used;
    if (used > 0) i += used - 1;
    else if (outAt) {
      out = outAt.value;
      if (out === undefined) return '--out needs a value: the file to write the catalog to.';
      // Standard output, as no --out would be, rather than a file named `-`; so is its name in
      // `/dev`, which may stand for a file the shell opened (`>> log.txt`) and must not be
      // truncated or replaced.
      if (out === '-' || standardStreamOf(out) === 'stdout') out = undefined;
      i += outAt.used - 1;
    } else if (arg === '--pretty') pretty = true;
    else if (arg === '--drafts') drafts = true;
    else if (arg.startsWith('-')) return unknownOption('export', arg, SWITCHES);
    else dirs.push(arg);
  }
  const given = oneDirectory('export', [...dirs, ...operands]);
  if (typeof given === 'string') return given;
  return { dir: given.dir, out, pretty, drafts, ...flags };
}

/**
 * `confnotes export [dir] [--out file] [--pretty] [--drafts] [--workers N] [--no-cache]`: the whole catalog as JSON, on stdout or
 * written to a file (through a temporary name, so a reader never sees half a file). Errors in
 * the content are printed on stderr and make the exit code 1, but the catalog of everything
 * else is still written.
 */
export async function runExport(args: string[], output: CliOutput): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    // It may quote an argument, which a script built from a file's name: one line, no escapes.
    output.err(`${printable(options)}\nUsage: ${USAGE}`);
    return 2;
  }
  const problem = await contentDirProblem(options.dir);
  if (problem) {
    output.err(problem);
    return 2;
  }
  // Standard error is where the shell put it: the command's own redirection, not a path to check.
  const path = options.out && !standardStreamOf(options.out) ? options.out : undefined;
  const source = path && (await sourceAt(options.dir, path));
  if (source) {
    output.err(
      printable(
        `--out ${options.out} would write over \`${source}\` of the content folder, which the next build would read as content. Write the catalog outside the content folder, or to a file of it the build does not read, such as \`${join(options.dir, 'catalog.json')}\`.`,
      ),
    );
    return 2;
  }
  // Known before a build that may take minutes, rather than after it.
  const unwritable = path && (await outProblem(path));
  if (unwritable) {
    const tilde = unwritable.code === 'ENOENT' ? unexpandedTilde(path!) : '';
    output.err(
      printable(
        unwritable.code === 'EISDIR'
          ? await folderAsOut(path!, options.dir)
          : `${writeFailure(path!, unwritable)}${tilde}`,
      ),
    );
    return 1;
  }
  const { catalog, diagnostics } = await withBuildOptions(options, output.progress, (o) =>
    loadCatalog(options.dir, { ...o, drafts: options.drafts }),
  );
  const paint = output.colors?.err ? painted : plain;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const d of byPlace(errors)) output.err(formatDiagnostic(d, options.dir, paint));
  // Counted, as a compiler ends its list: hundreds of lines scroll past, and the exit code is 1.
  if (errors.length > 0)
    output.err(
      `${paint('error', plural(errors.length, 'error'))} in ${printable(options.dir)}: the catalog holds everything else. \`confnotes check ${printable(options.dir)}\` lists its warnings too.`,
    );
  const code = errors.length > 0 ? 1 : 0;
  const indent = options.pretty ? 2 : 0;
  // Written a list item at a time: the text of 50,000 posts is longer than a string can be.
  if (options.out) {
    try {
      await writeOut(options.out, withNewline(catalogJson(catalog, indent)));
    } catch (error) {
      // A pipe whose reader stopped (`--out /dev/stdout | head -1`) took what it wanted.
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return code;
      output.err(printable(writeFailure(options.out, error)));
      return 1;
    }
    // Not into the catalog itself, when that went to standard error.
    if (path)
      output.err(
        printable(
          `Wrote ${plural(catalog.posts.length, 'post')}, ${plural(catalog.talks.length, 'talk')} and ${plural(catalog.speakers.length, 'speaker')} to ${options.out}.`,
        ),
      );
  } else if (output.write) {
    try {
      for (const chunk of withNewline(catalogJson(catalog, indent)))
        await output.write(terminalSafeJson(chunk));
    } catch (error) {
      // The output said why it stopped (or, for a closed pipe, that nothing needs saying).
      if (!(error instanceof OutputStopped)) throw error;
    }
  } else output.out(terminalSafeJson(JSON.stringify(catalog, null, indent)));
  return code;
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}
