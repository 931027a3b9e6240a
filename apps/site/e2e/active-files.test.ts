// The files of a page bundle and of the content's `static/` are published at the site's own
// origin. A file a browser runs as a page or a script when opened at its address (`x.html`, an
// SVG holding a script, `x.js`) would run the author's code there, where no post may: those
// are left out, with a warning, and every other file is published as before.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const svgScript =
  '<svg xmlns="http://www.w3.org/2000/svg"><script>window.__pwned = "svg"; alert("svg")</script></svg>';
// Hidden from a search for "script" by a character reference, and by an event handler.
const svgEncoded =
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="java&#x73;cript:window.__pwned=\'svg-href\'"><rect width="100" height="100"/></a></svg>';
const svgHandler =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned = \'svg-onload\'"><rect width="1" height="1"/></svg>';
const diagram =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>A diagram</title><rect width="10" height="10" fill="#336"/></svg>';
// A box with an HTML label, as draw.io and Mermaid write them: published, as it runs nothing.
const labelled =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="#ffd"/><foreignObject width="120" height="60"><div xmlns="http://www.w3.org/1999/xhtml" style="font: 12px sans-serif">Load balancer<br/>(nginx)</div></foreignObject></svg>';
// An HTML label that sends whoever opens the picture elsewhere.
const svgRefresh =
  '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="10" height="10"><meta xmlns="http://www.w3.org/1999/xhtml" http-equiv="refresh" content="0;url=about:blank#gone"/></foreignObject></svg>';
const page = '<!doctype html><script>window.__pwned = "html"; alert("html")</script>';
const script = 'window.__pwned = "js"; alert("js")';

const site = ownSite('active-files', (content) => {
  const bundle = join(content, 'posts', 'my-talk');
  mkdirSync(bundle, { recursive: true });
  writeFileSync(
    join(bundle, 'index.md'),
    '---\ntitle: My talk\ndate: 2016-06-06\n---\n\nThe architecture:\n\n![The architecture](diagram.svg)\n\n![The proxy](labelled.svg)\n\nMore in [the notes](notes.html).\n',
  );
  writeFileSync(join(bundle, 'diagram.svg'), diagram);
  writeFileSync(join(bundle, 'notes.html'), page);
  writeFileSync(join(bundle, 'notes.htm'), page);
  writeFileSync(join(bundle, 'notes.xhtml'), page);
  writeFileSync(join(bundle, 'run.svg'), svgScript);
  writeFileSync(join(bundle, 'link.svg'), svgEncoded);
  writeFileSync(join(bundle, 'load.svg'), svgHandler);
  writeFileSync(join(bundle, 'labelled.svg'), labelled);
  writeFileSync(join(bundle, 'refresh.svg'), svgRefresh);
  const files = join(content, 'static');
  mkdirSync(join(files, 'images'), { recursive: true });
  writeFileSync(join(files, 'images', 'diagram.svg'), diagram);
  writeFileSync(join(files, 'page.html'), '<!doctype html><script src="/run.js"></script>');
  writeFileSync(join(files, 'run.js'), script);
  writeFileSync(join(files, 'run.mjs'), script);
  // Typed as an XML document and as a script by the table hosts use.
  writeFileSync(
    join(files, 'schema.rng'),
    '<grammar><x:script xmlns:x="http://www.w3.org/1999/xhtml" src="/run.ecma"/></grammar>',
  );
  writeFileSync(join(files, 'run.ecma'), script);
  writeFileSync(join(files, 'images', 'run.svg'), svgScript);
  writeFileSync(join(files, 'images', 'load.svg'), svgHandler);
  // A static host's settings: a picture served as a page, and every post sent elsewhere.
  writeFileSync(join(files, '_headers'), '/images/*\n  Content-Type: text/html\n');
  writeFileSync(join(files, '_redirects'), '/posts/* https://evil.example/:splat 301\n');
  writeFileSync(join(files, '_routes.json'), '{"version":1,"include":["/*"],"exclude":[]}');
  writeFileSync(join(files, 'staticwebapp.config.json'), '{"routes":[]}');
});

const HELD = [
  '/posts/my-talk/notes.html',
  '/posts/my-talk/notes.htm',
  '/posts/my-talk/notes.xhtml',
  '/posts/my-talk/run.svg',
  '/posts/my-talk/link.svg',
  '/posts/my-talk/load.svg',
  '/posts/my-talk/refresh.svg',
  '/page.html',
  '/run.js',
  '/run.mjs',
  '/schema.rng',
  '/run.ecma',
  '/images/run.svg',
  '/images/load.svg',
  '/_headers',
  '/_redirects',
  '/_routes.json',
  '/staticwebapp.config.json',
];

describe('files a browser would run, in a page bundle or static/', () => {
  it('are not published at the site, where they would run as its own', async () => {
    for (const path of HELD) {
      expect((await fetch(new URL(path, site.server.origin))).status, path).toBe(404);
    }
    for (const path of HELD.filter((p) => /\.(?:html?|xhtml|svg)$/.test(p))) {
      const tab = await site.browser.context.newPage();
      const dialogs: string[] = [];
      tab.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await tab.goto(new URL(path, site.server.origin).href, { waitUntil: 'load' });
      await tab
        .locator('a, svg')
        .first()
        .click({ timeout: 500 })
        .catch(() => undefined);
      const pwned = await tab.evaluate(() => (window as { __pwned?: string }).__pwned);
      await tab.close();
      expect(pwned, path).toBeUndefined();
      expect(dialogs, path).toEqual([]);
    }
  });

  it('are named in the build’s warnings, while pictures without scripts are published', async () => {
    for (const path of ['/posts/my-talk/diagram.svg', '/images/diagram.svg']) {
      const response = await fetch(new URL(path, site.server.origin));
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe(diagram);
    }
    const response = await fetch(new URL('/posts/my-talk/labelled.svg', site.server.origin));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(labelled);
    for (const file of [
      'notes.html',
      'run.svg',
      'link.svg',
      'load.svg',
      'refresh.svg',
      'page.html',
      'run.js',
      '_headers',
      '_redirects',
    ])
      expect(site.log).toContain(file);
  });

  it('publishes a diagram whose labels are HTML, and the post shows it', async () => {
    const tab = await site.browser.context.newPage();
    await tab.goto(new URL('/posts/my-talk/', site.server.origin).href, { waitUntil: 'load' });
    const proxy = tab.locator('img[alt="The proxy"]');
    await proxy.scrollIntoViewIfNeeded();
    await expect
      .poll(() => proxy.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(120);
    await tab.close();
  });
});
