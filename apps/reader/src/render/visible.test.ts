import { afterEach, describe, expect, it } from 'vitest';
import { setEmojiJoining } from './emoji-cells.ts';
import { cells } from './pieces.ts';
import { hasControls, visible } from './visible.ts';

describe('visible', () => {
  it('shows C0 controls in caret notation and DEL as ^?', () => {
    expect(visible('a\u001b[31mb\u0007c\u007f')).toBe('a^[[31mb^Gc^?');
  });

  it('shows C1 controls, bidi overrides and isolates as code points', () => {
    expect(visible('\u009b2J \u202Eevil\u202C \u2066x\u2069')).toBe(
      '<U+009B>2J <U+202E>evil<U+202C> <U+2066>x<U+2069>',
    );
  });

  it('turns tabs into spaces and keeps newlines only when asked', () => {
    expect(visible('a\tb\nc')).toBe('a    b^Jc');
    expect(visible('a\nc', true)).toBe('a\nc');
  });

  it('leaves ordinary text, accents and emoji alone', () => {
    const text = 'Café — naïve 日本語 🚀';
    expect(visible(text)).toBe(text);
    expect(hasControls(text)).toBe(false);
    expect(hasControls('x\u001by')).toBe(true);
  });

  it('shows blank fillers the terminal draws wider than they measure, and drops soft hyphens', () => {
    // Hangul fillers are blank but take one or two cells in terminals (tmux, xterm) while the
    // width the layout uses counts none: a title of them ran past the window.
    const fillers = 'a\u3164\u115f\u1160\uffa0b';
    expect(visible(fillers)).toBe('a<U+3164><U+115F><U+1160><U+FFA0>b');
    expect(cells(visible(fillers))).toBe(visible(fillers).length);
    expect(visible('hy\u00adphen')).toBe('hyphen');
    expect(hasControls('x\u3164')).toBe(true);
  });
});

describe('visible, for a terminal that draws a symbol and U+FE0F as the symbol alone', () => {
  afterEach(() => setEmojiJoining({ zwj: true, modifier: true, presentation: true }));

  it('writes the symbol alone, as it is drawn and as every measure then counts it', () => {
    expect(visible('I \u2764\ufe0f Go')).toBe('I \u2764\ufe0f Go');
    setEmojiJoining({ zwj: true, modifier: true, presentation: false });
    expect(visible('I \u2764\ufe0f Go')).toBe('I \u2764 Go');
    expect(visible('\u2764\ufe0f\tx')).toBe('\u2764    x');
  });
});
