import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Post } from '../schema/index.ts';
import { testCatalog, testLoaderContext, testPost } from './fixtures/loader-context.ts';
import { confnotesLoaders } from './loader.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-loader-pictures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const post = (id: string, path: string, body: string, html: string): Post =>
  testPost(id, {
    source: { path, format: 'yaml', bodyLine: 4 },
    body,
    html,
    text: '',
    excerpt: '',
  });

/**
 * What a load of the posts logs as warnings and errors, the loaders given `checkPictures`, and
 * what a dev server's reload after `save` (a save of the article) then logs, notes included.
 */
async function warnings(
  checkPictures?: boolean,
  save?: (listener: (event: string, path: string) => void) => void,
): Promise<string[]> {
  mkdirSync(join(work, 'content/posts/day-two'), { recursive: true });
  writeFileSync(join(work, 'content/posts/day-two/stage.png'), 'x');
  const catalog = testCatalog({
    posts: [
      post(
        'day-two',
        'posts/day-two/index.md',
        '![Stage](stage.png)\n![Crowd](crowd.png)\n',
        '<p><img src="stage.png" alt="Stage">\n<img src="crowd.png" alt="Crowd"></p>',
      ),
    ],
  });
  // `astro build` run in the site's folder.
  vi.spyOn(process, 'cwd').mockReturnValue(join(work, 'site'));
  const logged: string[] = [];
  const context = testLoaderContext({
    collection: 'posts',
    config: {
      root: pathToFileURL(join(work, 'site/')),
      publicDir: pathToFileURL(join(work, 'site/public/')),
    },
    logger: {
      info: (m) => save && !m.includes(' read in ') && !m.startsWith('posts:') && logged.push(m),
      warn: (m) => logged.push(m),
      error: (m) => logged.push(m),
    },
  });
  const loaders = confnotesLoaders({
    base: '../content',
    checkPictures,
    load: async () => ({ catalog, diagnostics: [] }),
  });
  if (save) {
    let listener: ((event: string, path: string) => void) | undefined;
    context.watcher = {
      add: () => undefined,
      on: (_, l) => {
        listener = l;
      },
    };
    await loaders.posts.load(context);
    const before = logged.length;
    save(listener!);
    await vi.waitFor(() => expect(logged.length).toBeGreaterThan(before));
  } else await loaders.posts.load(context);
  return logged;
}

describe('the posts loader', () => {
  it('warns with checkPictures, at the link, of each picture a post shows that the site does not publish', async () => {
    expect(await warnings(true)).toEqual([
      "../content/posts/day-two/index.md:5:10 warning image-not-published: The picture crowd.png is not a file of the post's page bundle `posts/day-two/`: its page shows a broken image.\n  hint: Put the file at `posts/day-two/crowd.png` of the content directory, or correct the link.",
    ]);
  });

  it('checks no picture unless told to', async () => {
    expect(await warnings()).toEqual([]);
  });

  it('says, on a save in dev, that a picture warned of before is still not published', async () => {
    const logged = await warnings(true, (listener) =>
      listener('change', join(work, 'content/posts/day-two/index.md')),
    );
    expect(logged.slice(1)).toEqual([
      '1 warning from before this save is still there; each names a picture that is not published.',
    ]);
  });
});
