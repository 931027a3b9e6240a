import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type PicturePost, unpublishedPictures } from './unpublished-pictures.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-pictures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
const publicDir = join(work, 'site/public');

function write(path: string) {
  mkdirSync(dirname(join(work, path)), { recursive: true });
  writeFileSync(join(work, path), 'x');
}

/** A post of `path` whose body (from line 4 of its file) is `body`, rendered as `html`. */
const post = (path: string, body: string, html: string): PicturePost => ({
  id: 'p',
  html,
  source: { path, bodyLine: 4 },
  body: () => body,
});

describe('unpublishedPictures', () => {
  it('finds nothing wrong with published pictures and ones online', () => {
    write('content/posts/day-two/index.md');
    write('content/posts/day-two/img/stage.png');
    write('content/static/images/room.png');
    write('site/public/logo.svg');
    const html =
      '<p><img src="img/stage.png"><img src="/images/room.png"><img src="/logo.svg"><img src="https://example.com/a.png"><img src="data:image/png;base64,AA"></p>';
    expect(
      unpublishedPictures(post('posts/day-two/index.md', '', html), content, publicDir),
    ).toEqual([]);
  });

  it('finds a translated bundle’s picture in its folder', () => {
    write('content/posts/kubecon/hall.jpg');
    const html = '<img src="hall.jpg">';
    expect(unpublishedPictures(post('posts/kubecon/index.fr.md', '', html), content)).toEqual([]);
  });

  it('warns at the link of a bundle’s missing picture, of one outside it, and of a hidden file', () => {
    write('content/posts/day-two/.secret.png');
    write('content/posts/shared.png');
    const body = 'Intro\n\nSee ![a](img/gone.png) and\n![b](../shared.png) ![c](.secret.png)\n';
    const html = '<p><img src="img/gone.png"><img src="../shared.png"><img src=".secret.png"></p>';
    const found = unpublishedPictures(post('posts/day-two/index.md', body, html), content);
    expect(found.map((d) => [d.line, d.column, d.code, d.severity])).toEqual([
      [6, 10, 'image-not-published', 'warning'],
      [7, 6, 'image-not-published', 'warning'],
      [7, 26, 'image-not-published', 'warning'],
    ]);
    expect(found[0]).toMatchObject({
      file: 'posts/day-two/index.md',
      message:
        "The picture img/gone.png is not a file of the post's page bundle `posts/day-two/`: its page shows a broken image.",
      hint: 'Put the file at `posts/day-two/img/gone.png` of the content directory, or correct the link.',
    });
    expect(found[1]!.hint).toMatch(/^Keep the picture inside `posts\/day-two\/`/);
  });

  it('warns of a picture the routes hold back, as a browser would run it as the site’s', () => {
    write('content/posts/held/index.md');
    writeFileSync(join(content, 'posts/held/trap.svg'), '<svg onload="alert(1)"/>');
    mkdirSync(join(content, 'static/held'), { recursive: true });
    writeFileSync(join(content, 'static/held/trap.svg'), '<svg><script>alert(1)</script></svg>');
    const body = '![a](trap.svg) ![b](/held/trap.svg)';
    const html = '<p><img src="trap.svg" alt="a"> <img src="/held/trap.svg" alt="b"></p>';
    const found = unpublishedPictures(post('posts/held/index.md', body, html), content);
    expect(found.map((d) => [d.code, d.column, d.message])).toEqual([
      ['image-not-published', 6, expect.stringMatching(/^The picture trap\.svg is held back/)],
      [
        'image-not-published',
        21,
        expect.stringMatching(/^The picture \/held\/trap\.svg is held back/),
      ],
    ]);
  });

  it('warns of a picture from the root that is neither in static/ nor in public/, or is a link', () => {
    symlinkSync(join(work, 'content/posts/shared.png'), join(content, 'static/images/linked.png'));
    const html = '<img src="/images/gone%20away.png"><img src="/images/linked.png">';
    const body = '![](/images/gone%20away.png)\n![](/images/linked.png)';
    const found = unpublishedPictures(post('posts/flat.md', body, html), content, publicDir);
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [4, 5],
      [5, 5],
    ]);
    expect(found[0]!.message).toBe(
      "The picture /images/gone%20away.png is not a file of `static/` in the content directory nor of the site's `public/`: its page shows a broken image.",
    );
    expect(found[0]!.hint).toContain('`static/images/gone away.png`');
  });

  it('warns of a relative picture in a post that is no page bundle, once however often shown', () => {
    write('content/posts/diagram.png');
    const html = '<img src="diagram.png"><img src="diagram.png">';
    const found = unpublishedPictures(
      post('posts/2015-11-19-day.md', '![](diagram.png)', html),
      content,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/is linked from a post that is not a page bundle/);
    expect(found[0]!.hint).toContain('`posts/2015-11-19-day/index.md`');
  });
});
