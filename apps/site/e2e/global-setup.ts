// Builds the site once per test run and installs the browser when it is missing: Debian's
// chromium package, never a browser downloaded by a test tool. The content is the repository's
// seeds plus fixtures: a post written to attack the page, one in German, and an event no
// post covers yet.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../../scripts/ensure-chromium.ts';
import { buildSite } from './build-site.ts';
import { fixturesDir, repoContentDir } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    contentDir: string;
    distDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  ensureChromium();
  // The test build goes to a temporary directory: `dist/` stays the site `npm start` serves.
  const work = mkdtempSync(join(tmpdir(), 'confnotes-site-e2e-'));
  const contentDir = join(work, 'content');
  const distDir = join(work, 'dist');
  cpSync(repoContentDir, contentDir, { recursive: true });
  cpSync(join(fixturesDir, 'posts'), join(contentDir, 'posts'), { recursive: true });
  cpSync(join(fixturesDir, 'events'), join(contentDir, 'events'), { recursive: true });
  try {
    buildSite(contentDir, distDir);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  project.provide('contentDir', contentDir);
  project.provide('distDir', distDir);
  return () => rmSync(work, { recursive: true, force: true });
}
