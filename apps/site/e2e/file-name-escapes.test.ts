// A file of a page bundle or of the content's `static/` may be named anything, escape sequences
// included. The build names the files it publishes (Astro lists every one it writes) and those
// it leaves out: a name that reached the terminal as it is would retitle the window (OSC 0),
// set the clipboard (OSC 52) or clear the screen. Such files are left out, and named escaped.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-site-file-name-escapes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TITLE = 'a\u001b]0;pwned\u0007b.png';
const CLIPBOARD = 'c\u001b]52;c;cm0gLXJmIH4=\u001b\\d.png';
const CLEAR = 'e\u001b[2J\u009b31mf.png';

describe('files named with escape sequences', () => {
  it('never reach the terminal that runs the build', () => {
    const content = join(work, 'content');
    const bundle = join(content, 'posts', 'my-talk');
    mkdirSync(bundle, { recursive: true });
    mkdirSync(join(content, 'static', 'posts'), { recursive: true });
    writeFileSync(
      join(bundle, 'index.md'),
      '---\ntitle: My talk\ndate: 2016-06-06\n---\n\nThe talk, in pictures.\n',
    );
    writeFileSync(join(bundle, TITLE), 'png');
    writeFileSync(join(content, 'static', CLIPBOARD), 'png');
    writeFileSync(join(content, 'static', 'posts', CLEAR), 'png');
    const log = buildSite(content, join(work, 'dist'), { log: true });
    expect(log).toContain('/posts/my-talk/index.html');
    // Nothing of the names' controls, C0 or C1, is printed as it is.
    expect(log).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    // Each is named as written, escaped.
    expect(log).toContain('a\\u001b]0;pwned\\u0007b.png is not published');
    expect(log).toContain('c\\u001b]52;c;cm0gLXJmIH4=\\u001b\\d.png is not published');
    expect(log).toContain('e\\u001b[2J\\u009b31mf.png is not published');
  });
});
