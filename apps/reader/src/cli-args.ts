import { parseArgs } from 'node:util';

export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

/** What `--help` prints, in lines of at most 80 columns (a terminal's usual width). */
export const USAGE = `Usage: confnotes-reader [dir] [options]

Browse the posts, talks, speakers and events of a confnotes catalog in the
terminal.

  dir                 content directory to read (default: ./content)
  --catalog <file>    read a catalog already built, as JSON
  --api <url>         read the catalog from a running confnotes API
  --theme <name>      light or dark (default: from COLORFGBG, else from the
                      background the terminal reports, else dark);
                      NO_COLOR and FORCE_COLOR=0 drop colours
  --hyperlinks        force OSC 8 hyperlinks on (--no-hyperlinks: off)
  -h, --help          show this help

Press ? inside the reader for every key. When the output is not a terminal (a
pipe, a file), with TERM=dumb or in a CI job (CI set), the lists are printed as
plain text instead.`;

/** What the command line asks for. */
export type CliArgs = {
  readonly help: boolean;
  /** At most one content directory. */
  readonly dir?: string;
  readonly catalog?: string;
  readonly api?: string;
  readonly theme?: ThemeName;
  readonly hyperlinks?: boolean;
};

/** A command line the reader refuses; the message says why, for the user to fix it. */
export class ArgsError extends Error {}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    allowNegative: true,
    options: {
      catalog: { type: 'string' },
      api: { type: 'string' },
      theme: { type: 'string' },
      hyperlinks: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

const OPTIONS = ['--catalog', '--api', '--theme', '--hyperlinks', '--no-hyperlinks', '--help'];

/**
 * Node's message for an unknown option leaves a quote open and says nothing of the options there
 * are: this one names them, and how to read a directory whose name starts with `-`.
 */
function argsErrorMessage(error: Error & { code?: string }): string {
  const option = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !option) return error.message;
  return `Unknown option ${option}: the options are ${OPTIONS.join(', ')}. A directory whose name starts with - goes after --, as in: confnotes-reader -- ${option}`;
}

const isTheme = (name: string): name is ThemeName => (THEMES as readonly string[]).includes(name);

/**
 * Reads the command line. Throws `ArgsError` for anything the reader would otherwise quietly
 * ignore or misread (an unknown theme falling back to the default, a second directory or a
 * second source dropped, an API address that only fails once the reader has taken over the
 * screen).
 */
export function readArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ArgsError(argsErrorMessage(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new ArgsError(
      `Expected at most one content directory, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  const sources = [
    ...(positionals[0] === undefined ? [] : [`the directory ${positionals[0]}`]),
    ...(values.catalog === undefined ? [] : [`--catalog ${values.catalog}`]),
    ...(values.api === undefined ? [] : [`--api ${values.api}`]),
  ];
  if (sources.length > 1) {
    throw new ArgsError(
      `Read one catalog at a time: got ${sources.join(' and ')}. Give a content directory, --catalog or --api.`,
    );
  }
  if (values.theme !== undefined && !isTheme(values.theme)) {
    throw new ArgsError(`Unknown theme '${values.theme}': use ${THEMES.join(' or ')}`);
  }
  if (values.api !== undefined && !isWebUrl(values.api)) {
    throw new ArgsError(
      `--api ${values.api} is not a URL: give the API's address, such as http://127.0.0.1:4321`,
    );
  }
  return {
    help: values.help ?? false,
    ...(positionals[0] === undefined ? {} : { dir: positionals[0] }),
    ...(values.catalog === undefined ? {} : { catalog: values.catalog }),
    ...(values.api === undefined ? {} : { api: values.api }),
    ...(values.theme === undefined ? {} : { theme: values.theme }),
    ...(values.hyperlinks === undefined ? {} : { hyperlinks: values.hyperlinks }),
  };
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
  } catch {
    return false;
  }
}
