import { describe, expect, it } from 'vitest';
import { relativeLuminance } from './luminance.ts';
import {
  type Colour,
  dark256Theme,
  light256Theme,
  lightTheme,
  pickTheme,
  type Role,
  type RoleStyle,
  sgr,
  type Theme,
} from './theme.ts';

type Rgb = readonly [number, number, number];

// The xterm 256-colour palette past the 16 ANSI colours: a 6×6×6 cube, then 24 greys. Every
// terminal of 256 colours uses these values, unlike those of the 16.
const LEVELS = [0, 95, 135, 175, 215, 255] as const;
function rgbOf(colour: Colour): Rgb {
  const n = Number(/^ansi256\((\d+)\)$/.exec(colour)?.[1] ?? Number.NaN);
  if (!(n >= 16 && n <= 255)) throw new Error(`${colour} has no fixed value`);
  if (n >= 232) return [8 + 10 * (n - 232), 8 + 10 * (n - 232), 8 + 10 * (n - 232)];
  const i = n - 16;
  return [LEVELS[Math.floor(i / 36)]!, LEVELS[Math.floor(i / 6) % 6]!, LEVELS[i % 6]!];
}

/** WCAG 2's relative luminance and contrast ratio. */
const luminance = (rgb: Rgb) =>
  relativeLuminance(rgb.map((v) => v / 255) as [number, number, number]);
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The colours a role's text and ground are drawn in on a terminal whose background is `page`. */
function pair(style: RoleStyle, page: Rgb): [Rgb, Rgb] | undefined {
  if (!style.color && !style.backgroundColor) return undefined;
  const ground = style.backgroundColor ? rgbOf(style.backgroundColor) : page;
  // Without a colour of its own, text on a coloured ground is the terminal's: the page's opposite.
  const text = style.color ? rgbOf(style.color) : luminance(page) > 0.5 ? BLACK : WHITE;
  return style.inverse ? [ground, text] : [text, ground];
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

describe.each([
  ['light', light256Theme, [WHITE, [245, 245, 245] as Rgb]],
  ['dark', dark256Theme, [BLACK, [30, 30, 30] as Rgb]],
] as const)('the %s palette in 256 colours', (_name, theme: Theme, pages) => {
  it.each(pages)('reads at 4.5:1 or more on a background of rgb(%i, %i, %i)', (...page) => {
    const weak = Object.entries(theme.roles).flatMap(([role, style]) => {
      const colours = pair(style, page);
      const ratio = colours ? contrast(...colours) : 21;
      return ratio < 4.5 ? [`${role as Role} ${ratio.toFixed(2)}:1`] : [];
    });
    expect(weak).toEqual([]);
  });
});

describe('the palettes', () => {
  it('paints no text yellow on a light page, where no terminal yellow reads', () => {
    for (const style of Object.values(lightTheme.roles)) {
      if (style.color?.startsWith('yellow')) expect(style.backgroundColor).toBeDefined();
    }
  });

  it('takes 256 colours where the terminal has them, as chalk decides', () => {
    expect(pickTheme({ TERM: 'xterm-256color' }, 'light')).toBe(light256Theme);
    expect(pickTheme({ TERM: 'xterm', COLORTERM: 'truecolor' })).toBe(dark256Theme);
    expect(pickTheme({ TERM: 'xterm-256color', FORCE_COLOR: '1' }, 'light')).toBe(lightTheme);
    expect(pickTheme({ TERM: 'xterm', COLORFGBG: '0;15' })).toBe(lightTheme);
  });

  it('writes a 256-colour style as the SGR sequence terminals take', () => {
    expect(sgr(light256Theme.roles.currentMatch)).toBe('\u001b[1;38;5;231;48;5;90m');
    expect(sgr(lightTheme.roles.warning)).toBe('\u001b[30;43m');
  });
});
