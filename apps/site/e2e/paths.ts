import { fileURLToPath } from 'node:url';

export const siteDir = fileURLToPath(new URL('..', import.meta.url));
export const repoContentDir = fileURLToPath(new URL('../../../content', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('./fixtures', import.meta.url));
export const screenshotDir = fileURLToPath(new URL('../screenshots', import.meta.url));
export const astroBin = fileURLToPath(
  new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url),
);
/** The site's build command (`npm run build`): `astro build` with the catalog's head start. */
export const buildScript = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
export { chromiumPath } from '../../../scripts/ensure-chromium.ts';
/** The home page and the index of each section the menu links to. */
export const sectionPaths = ['/', '/posts/', '/talks/', '/speakers/', '/events/', '/tags/'];
