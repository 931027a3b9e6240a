import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Every module Node loads when it imports `entry` (a package specifier), as paths relative to
 * `src/` or as `pkg:<name>` for dependencies. Loaded in a child process, as a bundler would
 * follow them: what an entry drags in is what a site's pages or a browser bundle pay for.
 */
function modulesLoadedBy(entry: string): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    const seen = new Set();
    registerHooks({ resolve(specifier, context, next) {
      const resolved = next(specifier, context);
      seen.add(resolved.url);
      return resolved;
    } });
    await import(${JSON.stringify(entry)});
    process.stdout.write(JSON.stringify([...seen]));
  `;
  const out = execFileSync(
    process.execPath,
    ['--conditions=@confnotes/source', '--input-type=module', '-e', script],
    { cwd: srcDir, encoding: 'utf8' },
  );
  return (JSON.parse(out) as string[]).map((url) => {
    const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
    if (pkg) return `pkg:${pkg}`;
    return url.startsWith('file:') ? fileURLToPath(url).slice(srcDir.length) : url;
  });
}

describe('entry points a page or a browser imports', () => {
  it('`@confnotes/content/astro/pages` loads neither the catalog builder nor the loaders', () => {
    const loaded = modulesLoadedBy('@confnotes/content/astro/pages');
    expect(loaded).toContain('astro/post-html.ts');
    expect(loaded).toContain('astro/search-index-route.ts');
    const heavy = loaded.filter((m) => /^(parse|extract|resolve|node|schema)\/|^pkg:/.test(m));
    expect(heavy).toEqual([]);
    expect(loaded).not.toContain('astro/loader.ts');
  });

  it('`@confnotes/content/search` loads the search index without zod or the schemas', () => {
    const loaded = modulesLoadedBy('@confnotes/content/search');
    expect(loaded).toContain('search/search-index.ts');
    expect(loaded.filter((m) => m === 'pkg:zod' || m.startsWith('schema/'))).toEqual([]);
  });

  it('`@confnotes/content/markdown` loads the Markdown engine alone', () => {
    const loaded = modulesLoadedBy('@confnotes/content/markdown');
    expect(loaded).toContain('pkg:satteri');
    const heavy = loaded.filter((m) => /^(extract|resolve|node|schema|search)\/|^pkg:zod/.test(m));
    expect(heavy).toEqual([]);
  });

  it('`@confnotes/content/portable` still carries the schemas (the check above can fail)', () => {
    const loaded = modulesLoadedBy('@confnotes/content/portable');
    expect(loaded).toContain('pkg:zod');
  });
});
