import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as main from './index.ts';
import * as markdown from './markdown.ts';
import * as portable from './portable.ts';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * What of Node an entry makes a bundle carry: the built-in modules (`node:fs`...) and native
 * addons (`.node` files, and the packages that load them) it loads, none of which a browser or
 * an edge runtime has.
 */
function nodeOnlyModulesOf(entry: string): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    const found = new Set();
    registerHooks({ resolve(specifier, context, next) {
      const resolved = next(specifier, context);
      const { url } = resolved;
      if (url.startsWith('node:') || url.endsWith('.node')) found.add(url.replace(/.*\\//, ''));
      else if (/\\/node_modules\\/satteri\\//.test(url)) found.add('satteri');
      return resolved;
    } });
    await import(${JSON.stringify(entry)});
    process.stdout.write(JSON.stringify([...found]));
  `;
  const out = execFileSync(
    process.execPath,
    ['--conditions=@confnotes/source', '--input-type=module', '-e', script],
    { cwd: srcDir, encoding: 'utf8' },
  );
  return JSON.parse(out) as string[];
}

describe('the entries for browsers and edge runtimes', () => {
  it.each(['@confnotes/content/portable', '@confnotes/content/search'])(
    '%s loads no Node built-in module and no native code',
    (entry) => {
      expect(nodeOnlyModulesOf(entry)).toEqual([]);
    },
  );

  it('the check finds them where they are', () => {
    expect(nodeOnlyModulesOf('@confnotes/content/markdown')).toContain('node:module');
  });

  it('titleHeading, which reads headings through the Markdown engine, comes from the markdown and main entries', () => {
    expect('titleHeading' in portable).toBe(false);
    expect(markdown.titleHeading).toBe(main.titleHeading);
  });
});
