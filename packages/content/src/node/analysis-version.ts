import { readFileSync } from 'node:fs';

// Bump when parsing or extraction changes what it gives for the same article: every cached
// analysis made by another revision is then ignored and rebuilt. Releases change the version
// too, through the package version.
const ANALYSIS_REVISION = 1;

// src/node/ and dist/node/ both sit two folders below the package root.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The version cached analyses are keyed by: the analysis revision and the package version. */
export const ANALYSIS_VERSION = `${ANALYSIS_REVISION}+${pkg.version}`;
