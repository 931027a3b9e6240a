import { watch } from 'node:fs';
import type { Diagnostic } from '@confnotes/content/portable';
import type { CatalogHolder } from '../catalog-holder.ts';
import { diagnosticLine } from './diagnostic-line.ts';
import type { LoadCatalog } from './load-catalog.ts';

const key = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}:${d.code}`;
const errorsOf = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === 'error');

export interface Reloader {
  /** Rebuilds now; resolves true when the new catalog was swapped in. */
  reload(): Promise<boolean>;
}

/**
 * Rebuilds the catalog and swaps it in, unless the rebuild failed or found an error the served
 * catalog did not have: then the last good catalog keeps serving and the diagnostics are logged.
 * Errors that were already there when serving began do not block later reloads.
 */
export function createReloader(
  holder: CatalogHolder,
  load: LoadCatalog,
  dir: string,
  log: (message: string) => void,
): Reloader {
  let known = new Set(errorsOf(holder.current().catalog.diagnostics).map(key));
  let running: Promise<boolean> | undefined;
  let again = false;
  const once = async (): Promise<boolean> => {
    try {
      const { catalog, diagnostics, text } = await load(dir);
      const fresh = errorsOf(diagnostics).filter((d) => !known.has(key(d)));
      if (fresh.length > 0) {
        for (const d of fresh) log(diagnosticLine(d));
        log('Kept the last good catalog; fix the file and save it again.');
        return false;
      }
      holder.replace(catalog, text);
      known = new Set(errorsOf(diagnostics).map(key));
      log(
        `Reloaded: ${catalog.posts.length} posts, ${catalog.talks.length} talks, ${catalog.speakers.length} speakers.`,
      );
      return true;
    } catch (error) {
      log(`Rebuilding the catalog failed, kept the last good one: ${(error as Error).message}`);
      return false;
    }
  };
  return {
    // One rebuild at a time; changes during a rebuild trigger exactly one more afterwards.
    reload() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        let swapped = await once();
        while (again) {
          again = false;
          swapped = await once();
        }
        running = undefined;
        return swapped;
      })();
      return running;
    },
  };
}

/**
 * Watches a content directory (recursively) and calls `onChange` once a burst of saves settles.
 * @example const stop = watchContent('content', () => reloader.reload());
 */
export function watchContent(dir: string, onChange: () => void, settleMs = 150): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, settleMs);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
