import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scriptExit } from './server-exit.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-api-scripts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs one of the package's scripts as npm run from `work` does. */
const run = (path: string, args: string[], env: Record<string, string> = {}) =>
  scriptExit(path, args, { INIT_CWD: work, ...env });

describe('the scripts that read a catalog file', () => {
  const yaml = join(work, 'talks.yaml');
  writeFileSync(yaml, '# Curated facts about talks\n- title: null\n');
  const oneLine =
    /^CATALOG_FILE .+talks\.yaml is not JSON: .+\. Write one with `npm run confnotes -- export --out <file>`\.$/;

  it('prepare:catalog says in a line that a file is missing or holds no catalog', async () => {
    const missing = await run('scripts/prepare-catalog.ts', ['nowhere.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(
      `There is no catalog file at ${join(work, 'nowhere.json')}. Write one with \`npm run confnotes -- export --out <file>\`.`,
    );
    const notJson = await run('scripts/prepare-catalog.ts', ['talks.yaml']);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr.trim()).toMatch(oneLine);
  });

  it('build:worker says in a line that CATALOG_FILE or CONTENT_DIR names nothing to build', async () => {
    const notJson = await run('worker/build-worker-cli.ts', [], { CATALOG_FILE: yaml });
    expect(notJson.code).toBe(1);
    expect(notJson.stderr.trim()).toMatch(oneLine);
    const missing = await run('worker/build-worker-cli.ts', [], {
      CONTENT_DIR: join(work, 'nowhere'),
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(
      `CONTENT_DIR ${join(work, 'nowhere')} does not exist. Point CONTENT_DIR at a directory with posts/ in it.`,
    );
  });
});
