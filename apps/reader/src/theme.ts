// The one place colours are chosen. Roles name what a piece of text is; each palette maps a role
// to a style. Only the 16 ANSI colours are used, so the terminal's own palette (light or dark)
// keeps them readable; `NO_COLOR` keeps bold, italics and inverse video but drops every colour.

/** Chalk-compatible colour names, which both Ink's `<Text color>` and `sgr` understand. */
export type ColorName =
  | 'black'
  | 'red'
  | 'green'
  | 'yellow'
  | 'blue'
  | 'magenta'
  | 'cyan'
  | 'white'
  | 'gray'
  | 'redBright'
  | 'greenBright'
  | 'yellowBright'
  | 'blueBright'
  | 'magentaBright'
  | 'cyanBright'
  | 'whiteBright';

export type Role =
  | 'text'
  | 'heading'
  | 'emphasis'
  | 'strong'
  | 'deleted'
  | 'code'
  | 'link'
  | 'url'
  | 'quote'
  | 'muted'
  | 'tag'
  | 'accent'
  | 'selected'
  | 'match'
  | 'currentMatch'
  | 'focus'
  | 'error'
  | 'warning'
  | 'control';

export type RoleStyle = {
  readonly color?: ColorName;
  readonly backgroundColor?: ColorName;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly dim?: boolean;
  readonly inverse?: boolean;
  readonly strikethrough?: boolean;
};

export type Theme = {
  readonly name: 'dark' | 'light' | 'plain';
  readonly roles: Readonly<Record<Role, RoleStyle>>;
};

const shared = {
  text: {},
  emphasis: { italic: true },
  strong: { bold: true },
  // Struck through in every palette: grey alone, or nothing without colour, reads as kept text.
  deleted: { strikethrough: true },
  selected: { inverse: true },
  focus: { inverse: true, underline: true },
} satisfies Partial<Record<Role, RoleStyle>>;

export const darkTheme: Theme = {
  name: 'dark',
  roles: {
    ...shared,
    heading: { color: 'magentaBright', bold: true },
    code: { color: 'yellowBright' },
    link: { color: 'cyanBright', underline: true },
    url: { color: 'gray' },
    quote: { color: 'gray', italic: true },
    muted: { color: 'gray' },
    tag: { color: 'greenBright' },
    accent: { color: 'cyanBright', bold: true },
    match: { color: 'black', backgroundColor: 'yellow' },
    currentMatch: { color: 'black', backgroundColor: 'yellowBright', bold: true },
    error: { color: 'redBright', bold: true },
    warning: { color: 'yellowBright' },
    control: { color: 'redBright', inverse: true },
  },
};

export const lightTheme: Theme = {
  name: 'light',
  roles: {
    ...shared,
    heading: { color: 'magenta', bold: true },
    code: { color: 'red' },
    link: { color: 'blue', underline: true },
    url: { color: 'gray' },
    quote: { color: 'gray', italic: true },
    muted: { color: 'gray' },
    tag: { color: 'green' },
    accent: { color: 'blue', bold: true },
    match: { color: 'black', backgroundColor: 'yellowBright' },
    currentMatch: { color: 'white', backgroundColor: 'magenta', bold: true },
    error: { color: 'red', bold: true },
    warning: { color: 'yellow', bold: true },
    control: { color: 'red', inverse: true },
  },
};

/** Colourless: emphasis and selection survive as attributes, which `NO_COLOR` allows. */
export const plainTheme: Theme = {
  name: 'plain',
  roles: {
    ...shared,
    heading: { bold: true },
    code: {},
    link: { underline: true },
    url: {},
    quote: { italic: true },
    muted: {},
    tag: {},
    accent: { bold: true },
    match: { underline: true, bold: true },
    currentMatch: { inverse: true },
    error: { bold: true },
    warning: { bold: true },
    control: { inverse: true },
  },
};

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether the terminal is to get no colour: `NO_COLOR` (any non-empty value), or what makes
 * chalk, which paints Ink's own text, drop colours (`FORCE_COLOR=0`, or `TERM=dumb` unless
 * `FORCE_COLOR` asks for colour). Rows and articles are painted by the theme: a palette kept
 * there would colour them while the title and status bars stayed plain.
 */
function colourless(env: Env): boolean {
  if (env.NO_COLOR) return true;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false';
  return env.TERM === 'dumb';
}

/**
 * Picks the palette: no colour when the terminal is to get none (see `colourless`), then an
 * explicit choice, then the background colour the terminal advertises in `COLORFGBG` ("fg;bg",
 * bg 7 or 15 is light).
 */
export function pickTheme(env: Env, choice?: string): Theme {
  if (colourless(env)) return plainTheme;
  if (choice === 'light') return lightTheme;
  if (choice === 'dark') return darkTheme;
  const bg = env.COLORFGBG?.split(';').at(-1);
  return bg === '7' || bg === '15' ? lightTheme : darkTheme;
}

const FG: Record<ColorName, number> = {
  black: 30,
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  white: 37,
  gray: 90,
  redBright: 91,
  greenBright: 92,
  yellowBright: 93,
  blueBright: 94,
  magentaBright: 95,
  cyanBright: 96,
  whiteBright: 97,
};

/** The SGR sequence that switches a style on (empty when the style is plain). */
export function sgr(style: RoleStyle): string {
  const codes: number[] = [];
  if (style.bold) codes.push(1);
  if (style.dim) codes.push(2);
  if (style.italic) codes.push(3);
  if (style.underline) codes.push(4);
  if (style.inverse) codes.push(7);
  if (style.strikethrough) codes.push(9);
  if (style.color) codes.push(FG[style.color]);
  if (style.backgroundColor) codes.push(FG[style.backgroundColor] + 10);
  return codes.length ? `\u001b[${codes.join(';')}m` : '';
}

export const SGR_RESET = '\u001b[0m';
