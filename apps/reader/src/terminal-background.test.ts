import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askBackground, backgroundOf, type TerminalInput } from './terminal-background.ts';
import { darkTheme, lightTheme, pickTheme } from './theme.ts';

/** A terminal that answers the questions written to it with `reply`, after the keys `typed`. */
function terminal(reply: string, typed = '') {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    isRaw: false,
    setRawMode(raw: boolean) {
      input.isRaw = raw;
      return input;
    },
  });
  const asked: string[] = [];
  const output = {
    write(text: string) {
      asked.push(text);
      input.write(typed + reply);
      return true;
    },
  };
  return { input: input as unknown as TerminalInput & PassThrough, output, asked };
}

describe('the background the terminal reports', () => {
  it('is light or dark by the lightness of the colour named, in any number of hex digits', () => {
    expect(backgroundOf('\u001b]11;rgb:ffff/ffff/ffff\u0007')).toBe('light');
    expect(backgroundOf('\u001b]11;rgb:fd/f6/e3\u001b\\')).toBe('light');
    expect(backgroundOf('\u001b]11;rgb:1e1e/1e1e/1e1e\u001b\\')).toBe('dark');
    expect(backgroundOf('\u001b[?1;2c')).toBeUndefined();
  });

  it('is asked with OSC 11 and DA1, and keys typed meanwhile are left to read', async () => {
    const t = terminal('\u001b]11;rgb:ffff/ffff/ffff\u001b\\\u001b[?62;22c', 'j/');
    expect(await askBackground(t.input, t.output)).toBe('light');
    expect(t.asked).toEqual(['\u001b]11;?\u001b\\\u001b[c']);
    expect(t.input.isRaw).toBe(false);
    expect(String(t.input.read())).toBe('j/');
  });

  it('is not known, without waiting, when the terminal answers DA1 alone', async () => {
    const t = terminal('\u001b[?1;2c');
    expect(await askBackground(t.input, t.output, 3_600_000)).toBeUndefined();
    expect(t.input.read()).toBeNull();
  });

  it('picks the light palette when the terminal says so, after a choice and COLORFGBG', () => {
    expect(pickTheme({ TERM: 'xterm' }, undefined, 'light')).toBe(lightTheme);
    expect(pickTheme({ TERM: 'xterm' }, 'dark', 'light')).toBe(darkTheme);
    expect(pickTheme({ TERM: 'xterm', COLORFGBG: '15;0' }, undefined, 'light')).toBe(darkTheme);
    expect(pickTheme({ TERM: 'xterm' })).toBe(darkTheme);
  });
});
