// The server's log names the content's files and quotes its diagnostics, and a file may be named
// anything: an escape sequence in a name reached the terminal running the server as a command
// (retitle the window, set the clipboard, clear the screen).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './start-server.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-terminal-log-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Controls a terminal acts on: C0 but the line feed, DEL, C1, and the bidi overrides.
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("the server's log", () => {
  it('prints no escape sequence from a file name, at the start or on a reload', async () => {
    const content = join(work, 'content');
    mkdirSync(join(content, 'posts'), { recursive: true });
    // Front matter that is no YAML: an error naming the file, and no post served.
    writeFileSync(
      join(content, 'posts', 'a\u001b]0;pwned\u0007\u009b2J\u202eb.md'),
      '---\ntitle: [unclosed\n---\n\nText.\n',
    );
    const lines: string[] = [];
    const running = await startServer(
      {
        port: 0,
        host: '127.0.0.1',
        contentDir: content,
        siteDir: undefined,
        prepareCatalog: false,
      },
      { log: (line) => lines.push(line) },
    );
    try {
      const origin = running.url.replace('localhost', '127.0.0.1');
      expect((await fetch(`${origin}/api/posts`)).status).toBe(200);
      writeFileSync(
        join(content, 'posts', 'c\u001b]52;c;cm0gLXJmIH4=\u001b\\d.md'),
        '---\ntitle: [unclosed\n---\n\nText.\n',
      );
      await running.reload();
    } finally {
      await running.close();
    }
    const log = lines.join('\n');
    expect(log).toContain('a\\u001b]0;pwned\\u0007\\u009b2J\\u202eb.md');
    expect(log).toContain('c\\u001b]52;c;cm0gLXJmIH4=\\u001b\\d.md');
    expect(log).not.toMatch(CONTROLS);
  });
});
