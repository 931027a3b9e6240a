import { describe, expect, it } from 'vitest';
import { pickTheme } from './theme.ts';

describe('pickTheme', () => {
  it('drops every colour where Ink draws none of its own: NO_COLOR, FORCE_COLOR=0, TERM=dumb', () => {
    expect(pickTheme({ NO_COLOR: '1' }, 'light').name).toBe('plain');
    expect(pickTheme({ FORCE_COLOR: '0' }, 'dark').name).toBe('plain');
    expect(pickTheme({ FORCE_COLOR: 'false' }).name).toBe('plain');
    expect(pickTheme({ TERM: 'dumb' }).name).toBe('plain');
  });

  it('colours a dumb terminal when FORCE_COLOR asks for it, and follows the choice or COLORFGBG', () => {
    expect(pickTheme({ TERM: 'dumb', FORCE_COLOR: '1' }).name).toBe('dark');
    expect(pickTheme({ TERM: 'xterm-256color' }, 'light').name).toBe('light');
    expect(pickTheme({ COLORFGBG: '0;15' }).name).toBe('light');
    expect(pickTheme({ NO_COLOR: '' }).name).toBe('dark');
  });
});
