import { describe, expect, it } from 'vitest';
import { openUrl } from './open-url.ts';
import { fit } from './render/pieces.ts';

// Node itself stands for the opener: one that exits at once with a code, or keeps running as an
// opener does that waits for the browser it started.
const node =
  (script: string) =>
  (url: string): readonly [string, readonly string[]] => [process.execPath, ['-e', script, url]];

describe('openUrl', () => {
  it('says the link was opened when the opener succeeds', async () => {
    expect(await openUrl('https://example.org/', { opener: node('process.exit(0)') })).toBe(
      'Opened https://example.org/',
    );
  });

  it('says the link was not opened when the opener finds no browser and fails', async () => {
    const url = `https://example.org/${'long-path/'.repeat(20)}`;
    const message = await openUrl(url, { opener: node('process.exit(3)') });
    // What an 80-column status line shows of it: why, whatever the length of the link.
    const shown = fit(message, 72);
    expect(shown).toContain('failed (exit code 3)');
    expect(shown).toContain('is there a browser here?');
    expect(message).toContain(url);
  });

  it('says opened once an opener that waits for its browser has run for a moment', async () => {
    const opener = node('setTimeout(() => {}, 5000)');
    const message = await openUrl('https://example.org/', { opener, settleMs: 300 });
    expect(message).toBe('Opened https://example.org/');
  });

  it('refuses a mail link that asks the mail program to attach a file, without running anything', async () => {
    // An opener that runs would say "Opened": the link must not reach it.
    const opener = node('process.exit(0)');
    for (const url of [
      'mailto:a@example.org?attach=/home/me/.ssh/id_rsa',
      'mailto:a@example.org?subject=Hi&ATTACHMENT=~/.gnupg/secring.gpg',
      'mailto:a@example.org?subject=Hi&att%61ch=/etc/passwd',
    ])
      expect(await openUrl(url, { opener })).toBe(`Not a web link: ${url}`);
    expect(await openUrl('mailto:a@example.org?subject=Hi&body=There', { opener })).toBe(
      'Opened mailto:a@example.org?subject=Hi&body=There',
    );
  });

  it('refuses what is not a web link without running anything', async () => {
    expect(await openUrl('file:///etc/passwd')).toBe('Not a web link: file:///etc/passwd');
  });
});
