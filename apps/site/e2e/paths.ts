import { fileURLToPath } from 'node:url';

export const siteDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = fileURLToPath(new URL('../dist', import.meta.url));
/** The seed articles plus a post written to attack the page (see fixtures/content/posts). */
export const fixtureContentDir = fileURLToPath(new URL('./fixtures/content', import.meta.url));
export const screenshotDir = fileURLToPath(new URL('../screenshots', import.meta.url));
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
