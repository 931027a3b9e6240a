import { describe, expect, it, vi } from 'vitest';
import { concernsContent } from './content-change.ts';
import { testLoaderContext } from './fixtures/loader-context.ts';
import { confnotesLoaders } from './loader.ts';

type Listener = (event: string, path: string) => void;

describe('the changes a dev server reloads the catalog for', () => {
  it("are the content's own files, not an editor's swap files or Astro's", async () => {
    let loads = 0;
    const loaders = confnotesLoaders({
      base: '/site',
      load: async () => {
        loads++;
        return {
          catalog: { version: 1, events: [], posts: [], talks: [], speakers: [], diagnostics: [] },
          diagnostics: [],
        };
      },
    });
    const listeners: Listener[] = [];
    const context = testLoaderContext({
      collection: 'events',
      config: { root: new URL('file:///site/') },
      watcher: { add: () => undefined, on: (_event, listener) => listeners.push(listener) },
    });
    await loaders.events.load(context);
    // vim typing in posts/a.md, a picture of a page bundle, Astro saving its store.
    for (const [event, path] of [
      ['add', '/site/posts/.a.md.swp'],
      ['change', '/site/posts/.a.md.swp'],
      ['add', '/site/posts/4913'],
      ['change', '/site/posts/talk/diagram.png'],
      ['change', '/site/.astro/data-store.json'],
      ['change', '/site/src/pages/index.astro'],
    ] as const) {
      for (const listener of listeners) listener(event, path);
    }
    await new Promise((wait) => setTimeout(wait, 250));
    expect(loads).toBe(1);
    for (const listener of listeners) listener('change', '/site/posts/a.md');
    await vi.waitFor(() => expect(loads).toBe(2));
  });

  it('include curated files, event files, and folders of posts/ and events/', () => {
    const at = (event: string, rel: string) => concernsContent(event, `/c/${rel}`, '/c');
    expect(at('change', 'speakers.yaml')).toBe(true);
    expect(at('change', 'talks.yaml')).toBe(true);
    expect(at('add', 'events/pycon-2016.yml')).toBe(true);
    expect(at('change', 'events/pycon-2016.json')).toBe(true);
    expect(at('change', 'events/.pycon-2016.yml.swp')).toBe(false);
    expect(at('unlinkDir', 'posts/2015')).toBe(true);
    expect(at('unlink', 'posts')).toBe(true);
    // An article a link under posts/ leads to.
    expect(at('change', 'drafts/2015-11-19-day-two.markdown')).toBe(true);
    expect(at('change', 'posts/#a.md#')).toBe(false);
    expect(at('change', '../elsewhere/a.md')).toBe(false);
  });
});
