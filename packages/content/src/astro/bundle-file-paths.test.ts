import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Post } from '../schema/index.ts';
import { bundleFilePaths } from './bundle-file-paths.ts';
import { contentDirSlot } from './content-dir-slot.ts';
import { contentFileResponse } from './content-file-response.ts';
import { testCatalog, testLoaderContext, testPost } from './fixtures/loader-context.ts';
import { confnotesLoaders } from './loader.ts';
import type { StoredEntry } from './loader-context.ts';
import { staticFilePaths } from './static-file-paths.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(path: string, text = 'x') {
  mkdirSync(dirname(join(work, path)), { recursive: true });
  writeFileSync(join(work, path), text);
}

const post = (id: string, path: string): Post =>
  testPost(id, { source: { path, format: 'yaml', bodyLine: 4 } });

/** The posts collection as an Astro site of `work/site` with content in `work/content` has it. */
async function loadPosts(posts: Post[]): Promise<StoredEntry[]> {
  const loaders = confnotesLoaders({
    base: '../content',
    load: async () => ({ catalog: testCatalog({ posts }), diagnostics: [] }),
  });
  const entries = new Map<string, StoredEntry>();
  await loaders.posts.load(
    testLoaderContext({
      collection: 'posts',
      config: { root: pathToFileURL(join(work, 'site/')) },
      store: {
        set: (entry) => Boolean(entries.set(entry.id, entry)),
        delete: (id) => void entries.delete(id),
        keys: () => [...entries.keys()],
      },
    }),
  );
  return [...entries.values()];
}

describe('the files posts link to, for routes of a site of its own', () => {
  it('lists each page bundle’s files beside its text, not its articles, hidden files or links', async () => {
    write('content/posts/talk-notes/index.md');
    write('content/posts/talk-notes/diagram.png');
    write('content/posts/talk-notes/img/room.jpg');
    write('content/posts/talk-notes/.DS_Store');
    write('content/posts/talk-notes/other-post.md');
    write('content/posts/flat.md');
    write('content/posts/flat-picture.png');
    write('content/outside.png');
    symlinkSync(join(work, 'content/outside.png'), join(work, 'content/posts/talk-notes/link.png'));
    const posts = await loadPosts([
      post('talk-notes', 'posts/talk-notes/index.md'),
      post('flat', 'posts/flat.md'),
      post('other-post', 'posts/talk-notes/other-post.md'),
    ]);
    expect(bundleFilePaths(posts as never)).toEqual([
      {
        params: { id: 'talk-notes', file: 'diagram.png' },
        props: { path: join(work, 'content/posts/talk-notes/diagram.png') },
      },
      {
        params: { id: 'talk-notes', file: 'img/room.jpg' },
        props: { path: join(work, 'content/posts/talk-notes/img/room.jpg') },
      },
    ]);
  });

  it('lists a translated bundle’s files under the page of each of its languages', async () => {
    write('content/posts/kubecon/index.en.md');
    write('content/posts/kubecon/index.fr.md');
    write('content/posts/kubecon/hall.jpg');
    const posts = await loadPosts([
      post('kubecon-en', 'posts/kubecon/index.en.md'),
      post('kubecon-fr', 'posts/kubecon/index.fr.md'),
    ]);
    expect(bundleFilePaths(posts as never).map((p) => p.params)).toEqual([
      { id: 'kubecon-en', file: 'hall.jpg' },
      { id: 'kubecon-fr', file: 'hall.jpg' },
    ]);
  });

  it('lists the files of the content’s static/ for the site’s root; none without the folder', async () => {
    await loadPosts([]);
    expect(staticFilePaths()).toEqual([]);
    write('content/static/images/a.jpg');
    write('content/static/CNAME');
    write('content/static/.htaccess');
    expect(staticFilePaths()).toEqual([
      { params: { file: 'CNAME' }, props: { path: join(work, 'content/static/CNAME') } },
      {
        params: { file: 'images/a.jpg' },
        props: { path: join(work, 'content/static/images/a.jpg') },
      },
    ]);
  });

  it('leaves out, with a warning each, the files a browser would run as the site’s or a host read as its settings', async () => {
    write('content/posts/talk-run/index.md');
    write('content/posts/talk-run/diagram.svg', '<svg><rect width="1"/></svg>');
    write('content/posts/talk-run/trap.svg', '<svg onload="alert(1)"/>');
    write('content/posts/talk-run/app.js', 'alert(1)');
    write('content/static/held/_headers', '/*\n  X: y\n');
    write('content/static/held/page.xhtml', '<html/>');
    const warned: string[] = [];
    const posts = await loadPosts([post('talk-run', 'posts/talk-run/index.md')]);
    expect(
      bundleFilePaths(posts as never, (line) => warned.push(line)).map((p) => p.params.file),
    ).toEqual(['diagram.svg']);
    expect(warned).toEqual([
      expect.stringMatching(/^posts\/talk-run\/app\.js is not published: a browser opening it/),
      expect.stringMatching(/^posts\/talk-run\/trap\.svg is not published: a browser opening it/),
    ]);
    warned.length = 0;
    const statics = staticFilePaths((line) => warned.push(line)).map((p) => p.params.file);
    expect(statics.filter((f) => f.startsWith('held/'))).toEqual(['held/_headers']);
    expect(warned).toEqual([expect.stringMatching(/^static\/held\/page\.xhtml is not published/)]);
  });

  it('answers with the file, typed by its extension when it is a common one', async () => {
    write('content/static/logo.SVG', '<svg/>');
    write('content/static/notes.weird', 'w');
    const svg = await contentFileResponse(join(work, 'content/static/logo.SVG'));
    expect(svg.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(await svg.text()).toBe('<svg/>');
    const weird = await contentFileResponse(join(work, 'content/static/notes.weird'));
    expect(weird.headers.get('Content-Type')).toBeNull();
  });

  it('says where it runs when no loader has loaded content in the process', () => {
    const slot = contentDirSlot();
    const kept = { ...slot };
    delete slot.root;
    delete slot.dir;
    try {
      expect(() => staticFilePaths()).toThrow(/staticFilePaths found no content loaded.*prerender/);
      expect(() => bundleFilePaths([])).toThrow(/bundleFilePaths found no content loaded/);
    } finally {
      Object.assign(slot, kept);
    }
  });
});
