import { afterEach, describe, expect, it } from 'vitest';
import { KEY, renderReader } from './test/render-reader.tsx';

let current: Awaited<ReturnType<typeof renderReader>> | undefined;
const open = async () => {
  current = await renderReader();
  return current;
};
afterEach(() => current?.unmount());

// Each `press` argument is written to stdin as one chunk, as a terminal sends keys typed faster
// than the reader reads them.
describe('Reader with keys that arrive together', () => {
  it('moves the list cursor once per character of a chunk', async () => {
    const r = await open();
    await r.press('jj');
    expect(r.screen()).toContain('3/3');
    await r.press('kk');
    expect(r.screen()).toContain('1/3');
  });

  it('scrolls an article once per character of a chunk', async () => {
    const r = await open();
    await r.press('j', KEY.enter);
    expect(r.screen()).toMatch(/ 1-22\/\d+/);
    await r.press('jjjjj');
    expect(r.screen()).toMatch(/ 6-27\/\d+/);
  });

  it('starts a filter and types the rest of the chunk into it', async () => {
    const r = await open();
    await r.press('/imp');
    expect(r.screen()).toContain('filter: imp');
    expect(r.screen()).toContain('Impressions from DockerCon 2015');
    expect(r.screen()).not.toContain('Day Two');
  });

  it('types a paste into a filter as text, a newline in it neither accepting nor quitting', async () => {
    const r = await open();
    await r.press('/');
    await r.press('im\rqp\tz');
    expect(r.screen()).toContain('filter: im qp z');
  });

  it('accepts a filter with an Enter that ends the chunk its text came in', async () => {
    const r = await open();
    await r.press('/');
    // Typed faster than the reader read them (a busy machine, a slow link): one chunk.
    await r.press('imp\r');
    expect(r.screen()).not.toContain('filter: imp');
    expect(r.screen()).toContain('/ filter "imp"');
    await r.press(KEY.enter);
    expect(r.screen()).toContain('post › Impressions from DockerCon 2015');
  });

  it('accepts a filter and opens what it found with two Enters in the same chunk', async () => {
    const r = await open();
    await r.press('/');
    await r.press('imp\r\r');
    expect(r.screen()).toContain('post › Impressions from DockerCon 2015');
  });

  it('still clears a filter with Ctrl+U sent in the same chunk as the new text', async () => {
    const r = await open();
    await r.press('/imp');
    await r.press('\u0015day');
    expect(r.screen()).toContain('filter: day');
    expect(r.screen()).toContain('Day Two');
  });
});

describe('text the terminal marks as pasted (bracketed paste)', () => {
  const paste = (text: string) => `\u001b[200~${text}\u001b[201~`;

  it('goes into a filter whole, its line breaks spaces, even the Enter at its end', async () => {
    const r = await open();
    await r.press('/', paste('im\rp\n'));
    expect(r.screen()).toContain('filter: im p ');
  });

  it('keeps the words of a pasted table row apart where tabs separated them', async () => {
    const r = await open();
    await r.press('/', paste('docker\tproduction'));
    expect(r.screen()).toContain('filter: docker production');
  });

  it('runs none of its letters as keys outside a filter or search, and says where to paste', async () => {
    const r = await open();
    await r.press(paste('jjq'));
    expect(r.screen()).toMatch(/1\/3\s*$/);
    expect(r.screen()).toContain('press / first, then paste');
    await r.press('j');
    expect(r.screen()).toMatch(/2\/3\s*$/);
  });
});

describe('Esc followed at once by another key', () => {
  it('goes back and then acts on the key, where tmux sends the two as one Alt key', async () => {
    const r = await open();
    await r.press('j', KEY.enter);
    expect(r.screen()).toContain('post ›');
    await r.press('\u001bj');
    expect(r.screen()).not.toContain('post ›');
    expect(r.screen()).toMatch(/3\/3\s*$/);
    await r.press('/', 'd', 'a', '\u001bk');
    expect(r.screen()).not.toContain('filter:');
    expect(r.screen()).toMatch(/2\/3\s*$/);
  });
});
