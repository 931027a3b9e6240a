import { describe, expect, it } from 'vitest';
import { backgroundOf } from './terminal-background.ts';
import { darkTheme, lightTheme, pickTheme } from './theme.ts';

describe('the background the terminal reports', () => {
  it('is light or dark by the lightness of the colour named, in any number of hex digits', () => {
    expect(backgroundOf('\u001b]11;rgb:ffff/ffff/ffff\u0007')).toBe('light');
    expect(backgroundOf('\u001b]11;rgb:fd/f6/e3\u001b\\')).toBe('light');
    expect(backgroundOf('\u001b]11;rgb:1e1e/1e1e/1e1e\u001b\\')).toBe('dark');
    expect(backgroundOf('\u001b[?1;2c')).toBeUndefined();
  });

  it('picks the light palette when the terminal says so, after a choice and COLORFGBG', () => {
    expect(pickTheme({ TERM: 'xterm' }, undefined, 'light')).toBe(lightTheme);
    expect(pickTheme({ TERM: 'xterm' }, 'dark', 'light')).toBe(darkTheme);
    expect(pickTheme({ TERM: 'xterm', COLORFGBG: '15;0' }, undefined, 'light')).toBe(darkTheme);
    expect(pickTheme({ TERM: 'xterm' })).toBe(darkTheme);
  });
});
