import type { Catalog } from '@confnotes/content/portable';
import { render } from 'ink-testing-library';
import { type Loader, Reader } from '../reader.tsx';
import { plainTheme } from '../theme.ts';
import { fixtureCatalog } from './catalog-fixture.ts';

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

/** Renders the reader (on the fixture catalog unless told) on a fake terminal of the given size; keys are written as a terminal sends them. */
export async function renderReader(
  options: {
    catalog?: Catalog;
    load?: Loader;
    columns?: number;
    rows?: number;
    /** Stands for stopping the process on Ctrl+Z; the reader runs on once it resolves. */
    stop?: () => Promise<void>;
    /** A terminal that shows OSC 8 hyperlinks: link targets are not printed after their text. */
    hyperlinks?: boolean;
    /** Stands for the editor `e` runs on an article of a content folder. */
    edit?: (path: string, line: number) => Promise<string | undefined>;
  } = {},
) {
  const opened: string[] = [];
  const catalog = options.catalog ?? fixtureCatalog();
  const instance = render(
    <Reader
      load={options.load ?? (async () => ({ catalog, diagnostics: [] }))}
      look={{ theme: plainTheme, hyperlinks: options.hyperlinks ?? false }}
      openUrl={async (url) => {
        opened.push(url);
        return `Opened ${url}`;
      }}
      {...(options.stop ? { stop: options.stop } : {})}
      {...(options.edit ? { edit: options.edit } : {})}
    />,
  );
  const resize = async (columns: number, rows: number) => {
    Object.defineProperty(instance.stdout, 'columns', { configurable: true, get: () => columns });
    Object.defineProperty(instance.stdout, 'rows', { configurable: true, get: () => rows });
    instance.stdout.emit('resize');
    // A resize re-lays out the open article before the next frame: give it time on a busy machine.
    await tick(100);
  };
  await resize(options.columns ?? 80, options.rows ?? 24);
  await tick();
  const strip = (s: string) =>
    s.replace(/\u001b\[[0-9;]*m/g, '').replace(/\u001b\]8;;[^\u001b]*\u001b\\/g, '');
  return {
    opened,
    resize,
    /** The last frame without SGR styling. */
    screen: () => strip(instance.lastFrame() ?? ''),
    /** Writes keys, waiting a tick before and after so Ink reads each as one keypress. */
    async press(...keys: string[]) {
      for (const key of keys) {
        await tick(5);
        instance.stdin.write(key);
        // Ink waits 20 ms before it reads a lone ESC as the Escape key.
        await tick(key === '\u001b' ? 60 : 15);
      }
    },
    unmount: () => instance.unmount(),
  };
}

export const KEY = {
  enter: '\r',
  esc: '\u001b',
  tab: '\t',
  shiftTab: '\u001b[Z',
  backspace: '\u007f',
  down: '\u001b[B',
  up: '\u001b[A',
  pageDown: '\u001b[6~',
} as const;
