import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const config = fileURLToPath(new URL('../astro.config.ts', import.meta.url));

// Astro loads its config, and the modules the config imports, without the `@confnotes/source`
// condition: one of them that imports the core by its package name wants the core's built
// files, which a fresh clone does not have, and `npm install && npm start` stopped with
// "Cannot find module '@confnotes/content/astro'". The child resolves as a fresh clone would:
// any built file of the core is missing.
const freshClone = `import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, next) {
    const found = next(specifier, context);
    if (found.url.includes('/packages/content/dist/'))
      throw new Error('needs the built core: ' + specifier + ' from ' + context.parentURL);
    return found;
  },
});`;

describe('the site’s config', () => {
  it('loads without the core built, as on a fresh clone', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        `data:text/javascript,${encodeURIComponent(freshClone)}`,
        '--input-type=module',
        '-e',
        `await import(${JSON.stringify(config)}); console.log('loaded');`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).not.toMatch(/needs the built core/);
    expect(run.stdout).toContain('loaded');
    expect(run.status).toBe(0);
  });
});
