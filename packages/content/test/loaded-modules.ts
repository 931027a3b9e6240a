import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The URL of every module Node loads when it imports `entry` (a package specifier), in the order
 * they resolve. Loaded in a child process from the package's source, as a bundler would follow
 * them: what an entry drags in is what a site's pages or a browser bundle pay for.
 */
export function moduleUrlsLoadedBy(entry: string): string[] {
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
  return JSON.parse(out) as string[];
}
