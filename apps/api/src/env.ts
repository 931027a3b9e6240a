import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const Port = z
  .string()
  .regex(/^\d{1,5}$/, { error: 'PORT must be a number from 0 to 65535' })
  .transform(Number)
  .pipe(z.number().int().min(0).max(65_535, { error: 'PORT must be a number from 0 to 65535' }));

const Env = z.object({
  PORT: Port.optional(),
  HOST: z.string().min(1).optional(),
  CONTENT_DIR: z.string().min(1, { error: 'CONTENT_DIR must not be empty' }).optional(),
  CONFNOTES_CONTENT_DIR: z
    .string()
    .min(1, { error: 'CONFNOTES_CONTENT_DIR must not be empty' })
    .optional(),
  SITE_DIR: z.string().optional(),
  CATALOG_FILE: z.string().min(1, { error: 'CATALOG_FILE must not be empty' }).optional(),
  CATALOG_PREPARE: z.enum(['0', '1'], { error: 'CATALOG_PREPARE must be 0 or 1' }).optional(),
  CONFNOTES_DRAFTS: z.enum(['0', '1'], { error: 'CONFNOTES_DRAFTS must be 0 or 1' }).optional(),
  INIT_CWD: z.string().optional(),
  CONFNOTES_SITE_URL: z
    .url({
      error: 'CONFNOTES_SITE_URL must be an absolute URL, such as https://example.org/notes/',
    })
    .optional(),
});

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly contentDir: string;
  /** The built site served at `siteBase`, if any. */
  readonly siteDir: string | undefined;
  /**
   * Where the site is served: `/`, or the path of CONFNOTES_SITE_URL, which the site's build
   * also reads and puts every link under (`/notes/`).
   */
  readonly siteBase?: string;
  /** A prebuilt catalog JSON served instead of building one from `contentDir`. */
  readonly catalogFile?: string | undefined;
  /**
   * Write `<catalogFile>.prepared`, or a large content directory's search index to its cache,
   * for a quicker next start and first search (on unless CATALOG_PREPARE=0).
   */
  readonly prepareCatalog?: boolean;
  /**
   * Serve draft posts, and the talks and speakers only they report (CONFNOTES_DRAFTS=1, for a
   * preview). Off by default: the API serves what the site publishes.
   */
  readonly drafts?: boolean;
}

/**
 * Reads and checks the server's settings: the one place `process.env` is read. Relative paths
 * are taken from the directory `npm` was run in. Throws a message that names the variable.
 * @example readConfig({ PORT: '8080' }).port // 8080
 */
export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(`The server's environment is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  const vars = parsed.data;
  const base = vars.INIT_CWD ?? process.cwd();
  const path = (value: string) => (isAbsolute(value) ? value : resolve(base, value));
  // The site's build reads CONFNOTES_CONTENT_DIR before CONTENT_DIR: `npm start`, which builds
  // the site and then serves it with the API, takes either name for both. Two different folders
  // would have the API serve one beside a site built from the other, so that is refused.
  const named =
    vars.CONFNOTES_CONTENT_DIR !== undefined
      ? { variable: 'CONFNOTES_CONTENT_DIR', dir: path(vars.CONFNOTES_CONTENT_DIR) }
      : vars.CONTENT_DIR !== undefined
        ? { variable: 'CONTENT_DIR', dir: path(vars.CONTENT_DIR) }
        : undefined;
  if (
    vars.CONFNOTES_CONTENT_DIR !== undefined &&
    vars.CONTENT_DIR !== undefined &&
    path(vars.CONTENT_DIR) !== named?.dir
  ) {
    throw new Error(
      `CONTENT_DIR (${path(vars.CONTENT_DIR)}) and CONFNOTES_CONTENT_DIR (${named?.dir}) name different folders, and the site is built from CONFNOTES_CONTENT_DIR. Set only one of them.`,
    );
  }
  const contentDir = named?.dir ?? resolve(repoRoot, 'content');
  const variable = named?.variable ?? 'CONTENT_DIR';
  const catalogFile = vars.CATALOG_FILE ? path(vars.CATALOG_FILE) : undefined;
  if (catalogFile !== undefined && !existsSync(catalogFile)) {
    throw new Error(
      `CATALOG_FILE ${catalogFile} does not exist. Write one with \`npm run confnotes -- export --out <file>\`, or unset CATALOG_FILE.`,
    );
  }
  if (catalogFile === undefined && !existsSync(contentDir)) {
    throw new Error(
      `${variable} ${contentDir} does not exist. Point ${variable} at a directory with posts/ in it.`,
    );
  }
  const defaultSite = resolve(repoRoot, 'apps/site/dist');
  // SITE_DIR= (empty) turns the site off.
  const siteDir =
    vars.SITE_DIR !== undefined
      ? vars.SITE_DIR === ''
        ? undefined
        : path(vars.SITE_DIR)
      : existsSync(defaultSite)
        ? defaultSite
        : undefined;
  if (siteDir !== undefined && !existsSync(siteDir)) {
    throw new Error(`SITE_DIR ${siteDir} does not exist. Build the site first, or unset SITE_DIR.`);
  }
  return {
    port: vars.PORT ?? 4321,
    host: vars.HOST ?? '127.0.0.1',
    contentDir,
    siteDir,
    siteBase: vars.CONFNOTES_SITE_URL
      ? new URL(vars.CONFNOTES_SITE_URL).pathname.replace(/\/?$/, '/')
      : '/',
    catalogFile,
    prepareCatalog: vars.CATALOG_PREPARE !== '0',
    drafts: vars.CONFNOTES_DRAFTS === '1',
  };
}
