import { resolve } from 'node:path';
import { byPlace } from '../../query/by-place.ts';
import type { Diagnostic, Severity } from '../../schema/diagnostic.ts';
import type { Post } from '../../schema/post.ts';
import { printable } from '../../text/printable.ts';
import { loadCatalog } from '../load-catalog.ts';
import type { CliOutput } from '../run-cli.ts';
import {
  BUILD_OPTIONS_HELP,
  BUILD_USAGE,
  type BuildFlags,
  readBuildFlag,
  withBuildOptions,
} from './build-options.ts';
import { type Paint, painted, plain } from './colors.ts';
import { contentDirProblem } from './content-dir.ts';
import { contentPath, hintIn } from './content-path.ts';
import { splitAtDashes } from './end-of-options.ts';
import { githubAnnotation } from './github-annotation.ts';
import { terminalSafeJson } from './json-text.ts';
import { MAX_WARNINGS_HELP, readMaxWarnings } from './max-warnings.ts';
import { oneDirectory } from './one-directory.ts';
import { optionAt } from './option-at.ts';
import { pathsInMessage } from './paths-in-message.ts';
import { plural } from './plural.ts';
import { unknownOption } from './unknown-option.ts';

interface CheckOptions extends BuildFlags {
  readonly dir: string;
  readonly format: 'text' | 'json' | 'github';
  readonly maxWarnings?: number;
  /** Errors only: no list of posts, no warnings or notes (still counted), as ESLint's. */
  readonly quiet: boolean;
}

// Given a value (`--pretty=yes`), these are told they take none rather than taken for a typo.
const SWITCHES = ['--no-cache', '--help', '--quiet'];

function parseArgs(argv: string[]): CheckOptions | string {
  let format: CheckOptions['format'] = 'text';
  let maxWarnings: number | undefined;
  let quiet = false;
  const flags: BuildFlags = {};
  const { options: args, operands } = splitAtDashes(argv);
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const used = readBuildFlag(args, i, flags);
    const formatAt = optionAt(args, i, '--format');
    const max = readMaxWarnings(args, i);
    if (typeof used === 'string') return used;
    if (typeof max === 'string') return max;
    if (used > 0) i += used - 1;
    else if (formatAt) {
      const { value } = formatAt;
      if (value === undefined) return '--format needs a value: `text`, `json` or `github`.';
      if (value !== 'text' && value !== 'json' && value !== 'github')
        return `--format takes \`text\`, \`json\` or \`github\`, not \`${value}\`.`;
      format = value;
      i += formatAt.used - 1;
    } else if (max) {
      maxWarnings = max.max;
      i += max.used - 1;
    } else if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg.startsWith('-')) return unknownOption('check', arg, SWITCHES);
    else dirs.push(arg);
  }
  const given = oneDirectory('check', [...dirs, ...operands]);
  if (typeof given === 'string') return given;
  return { dir: given.dir, format, maxWarnings, quiet, ...flags };
}

// On two lines: one would not fit 80 columns.
const USAGE = `confnotes check [dir] [--format text|json|github] [--max-warnings N]\n       [--quiet] ${BUILD_USAGE}`;

/** What `confnotes check --help` prints. */
export const CHECK_HELP = [
  `Usage: ${USAGE}`,
  '',
  'Validates the articles of a content directory (`content` when none is given:',
  'the folder that holds `posts/`) and prints the posts found, their diagnostics',
  'and a summary.',
  '',
  'Options:',
  '  --format FORMAT     text (the default) prints diagnostics as a compiler',
  '                      does; json prints the summary, posts and diagnostics as',
  '                      one JSON object; github prints each diagnostic as a',
  '                      GitHub Actions annotation, shown at its line in a pull',
  '                      request, then the summary',
  ...MAX_WARNINGS_HELP,
  '  -q, --quiet         print errors only, and the summary: no list of posts, no',
  '                      warnings or notes (the summary still counts them)',
  ...BUILD_OPTIONS_HELP,
  '  -h, --help          print this help',
  '',
  'Exit code 1 when the content has errors (or more warnings than --max-warnings),',
  '0 otherwise (warnings included), 2 on a usage mistake or a folder that is not a',
  'content directory or cannot be read.',
].join('\n');

/** Posts per front-matter format, most common first. */
function formats(posts: readonly Post[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const post of posts)
    counts.set(post.source.format, (counts.get(post.source.format) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

// Severity `info` is a note, as the summary counts it and as compilers say: `note` is the word
// to grep the text for.
const WORDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * One diagnostic as a compiler prints it: `content/posts/x.md:3:7 error invalid-date ...`, and
 * its hint on the next line, each one line whatever the file is named (`info` written `note`); `paint` colors the
 * severity (after the escaping, which would otherwise escape the colors too), and the `files` of
 * the content folder the message quotes are named from the working directory.
 */
export function formatDiagnostic(
  d: Diagnostic,
  dir: string,
  paint: Paint = plain,
  files: ReadonlySet<string> = new Set(),
): string {
  const place = printable(`${contentPath(dir, d.file)}:${d.line}:${d.column}`);
  const message = pathsInMessage(dir, d.message, files);
  const head = `${place} ${paint(d.severity, WORDS[d.severity])} ${printable(`${d.code} ${message}`)}`;
  return d.hint ? `${head}\n  hint: ${printable(hintIn(dir, d.hint))}` : head;
}

/**
 * `confnotes check [dir] [--format text|json|github] [--workers N] [--no-cache]`: parses every article of a content directory
 * and prints its diagnostics and a summary. Exit code 1 when there is an error (or more warnings
 * than `--max-warnings`), 0 otherwise.
 */
export async function runCheck(args: string[], output: CliOutput): Promise<number> {
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
  // The whole catalog, so that extraction findings (a talk with no speaker, near-identical
  // talks kept apart, a speaker known by a first name) reach the writer too.
  const { catalog, diagnostics } = await withBuildOptions(options, output.progress, (o) =>
    loadCatalog(options.dir, o),
  );
  const posts = catalog.posts;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const notes = diagnostics.filter((d) => d.severity === 'info').length;
  const tooMany = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const code = errors > 0 || tooMany ? 1 : 0;
  // Checked as the rest, but a site and the API leave them out: said, so no one is surprised.
  const drafts = posts.filter((p) => p.draft).length;
  const files = new Set([
    ...posts.map((p) => p.source.path),
    ...diagnostics.filter((d) => d.file.startsWith('posts/')).map((d) => d.file),
  ]).size;

  if (options.format === 'json') {
    output.out(
      terminalSafeJson(
        JSON.stringify(
          {
            // Absolute: the `file` of each diagnostic and the `path` of each post are relative to
            // it, and a tool reading the report may run from another folder than the check did.
            dir: resolve(options.dir),
            summary: {
              files,
              posts: posts.length,
              talks: catalog.talks.length,
              speakers: catalog.speakers.length,
              errors,
              warnings,
              notes,
              formats: Object.fromEntries(formats(posts)),
              drafts,
            },
            posts: posts.map((p) => ({
              id: p.id,
              title: p.title,
              date: p.date,
              path: p.source.path,
              format: p.source.format,
              draft: p.draft,
            })),
            diagnostics: options.quiet
              ? diagnostics.filter((d) => d.severity === 'error')
              : diagnostics,
          },
          null,
          2,
        ),
      ),
    );
    return code;
  }

  const paint = output.colors?.out ? painted : plain;
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const github = options.format === 'github';
  // A job's log is read for its annotations: the list of posts would bury them.
  for (const post of options.quiet || github ? [] : posts) {
    output.out(
      printable(
        `  ${(post.date ?? '').slice(0, 10).padEnd(10)}  ${post.id}  ${post.title}${post.draft ? '  (draft)' : ''}`,
      ),
    );
  }
  // After the list of posts, which runs to thousands of lines: the problems stay on screen, just
  // above the summary that counts them, as a compiler leaves them.
  if (shown.length > 0) {
    if (posts.length > 0 && !options.quiet && !github) output.out('');
    // The files a message may quote: another post (`looks like "Y" (posts/a.md)`).
    const quoted = new Set([...posts.map((p) => p.source.path), ...diagnostics.map((d) => d.file)]);
    for (const d of byPlace(shown))
      output.out(
        github
          ? printable(githubAnnotation(d, options.dir))
          : formatDiagnostic(d, options.dir, paint, quoted),
      );
    output.out('');
  }
  const found =
    posts.length > 0
      ? ` (${formats(posts)
          .map(([f, n]) => `${n} ${f}`)
          .join(', ')}${drafts ? `; ${plural(drafts, 'draft')}` : ''})`
      : '';
  // Only counts that are not zero are colored: `0 errors` in red would read as a failure.
  const count = (n: number, severity: Severity, word: string) =>
    n > 0 ? paint(severity, plural(n, word)) : plural(n, word);
  output.out(
    `${plural(posts.length, 'post')}${found}, ${plural(catalog.talks.length, 'talk')} and ${plural(catalog.speakers.length, 'speaker')} from ${plural(files, 'file')} in ${printable(options.dir)}: ${count(errors, 'error', 'error')}, ${count(warnings, 'warning', 'warning')}${tooMany ? ` (more than --max-warnings ${options.maxWarnings})` : ''}${notes ? `, ${count(notes, 'info', 'note')}` : ''}`,
  );
  return code;
}
