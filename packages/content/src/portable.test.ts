import { describe, expect, it } from 'vitest';
import { moduleUrlsLoadedBy } from '../test/loaded-modules.ts';
import * as main from './index.ts';
import * as markdown from './markdown.ts';
import * as portable from './portable.ts';

/**
 * What of Node an entry makes a bundle carry: the built-in modules (`node:fs`...) and native
 * addons (`.node` files, and the packages that load them) it loads, none of which a browser or
 * an edge runtime has.
 */
function nodeOnlyModulesOf(entry: string): string[] {
  const found = new Set<string>();
  for (const url of moduleUrlsLoadedBy(entry)) {
    if (url.startsWith('node:') || url.endsWith('.node')) found.add(url.replace(/.*\//, ''));
    else if (/\/node_modules\/satteri\//.test(url)) found.add('satteri');
  }
  return [...found];
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
