import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme, plainTheme } from '../theme.ts';
import { layoutMarkdown } from './markdown-to-ansi.ts';
import { lineToAnsi, safeUrl } from './paint-line.ts';

describe('lineToAnsi', () => {
  it.each([darkTheme, lightTheme, plainTheme])(
    'strikes through deleted text with the $name theme, so ~~free~~ does not read as free',
    (theme) => {
      const [line] = layoutMarkdown('~~free~~ paid', { width: 80 }).lines;
      const painted = lineToAnsi(line!, { theme });
      expect(painted).toMatch(/\u001b\[(?:\d+;)*9(?:;\d+)*mfree/);
      expect(painted).not.toMatch(/\u001b\[(?:\d+;)*9(?:;\d+)*m paid/);
    },
  );

  it('wraps links in OSC 8 only when hyperlinks are on', () => {
    const [line] = layoutMarkdown('[docs](https://example.org/d)', { width: 80 }).lines;
    expect(lineToAnsi(line!, { theme: darkTheme, hyperlinks: true })).toContain(
      '\u001b]8;;https://example.org/d\u001b\\',
    );
    expect(lineToAnsi(line!, { theme: darkTheme })).not.toContain('\u001b]');
  });

  it('paints highlights over the right characters', () => {
    const [line] = layoutMarkdown('find the needle here', { width: 80 }).lines;
    const ansi = lineToAnsi(line!, {
      theme: plainTheme,
      highlights: [{ start: 9, end: 15, role: 'currentMatch' }],
    });
    expect(ansi).toBe('find the \u001b[7mneedle\u001b[0m here');
  });
});

describe('safeUrl', () => {
  it('makes hyperlink targets inert: only web schemes, no raw bytes', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://e.org/\u001b\\x\u0007')).toBe('https://e.org/%1B%5Cx%07');
  });
});
