// The one place colours are chosen. Roles name what a piece of text is; each palette maps a role
// to a style. A terminal of 256 colours or more gets colours of the xterm 256-colour cube, whose
// values are the same in every such terminal, chosen so that text reads at 4.5:1 or more (WCAG's
// AA for text) on a white or a black background; one of 16 colours gets the 16 ANSI colours,
// whose values each terminal sets, chosen to read in the common palettes. `NO_COLOR` keeps bold,
// italics and inverse video but drops every colour.

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

/** A colour of the 256-colour palette, as Ink's `<Text color>` takes it. */
export type Colour = ColorName | `ansi256(${number})`;

export type Role =
  | 'text'
  | 'heading'
  | 'emphasis'
  | 'strong'
  | 'deleted'
  | 'code'
  | 'codeKeyword'
  | 'codeTitle'
  | 'codeLiteral'
  | 'codeString'
  | 'codeBuiltIn'
  | 'codeComment'
  | 'codeName'
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
  readonly color?: Colour;
  readonly backgroundColor?: Colour;
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
    codeKeyword: { color: 'redBright' },
    codeTitle: { color: 'magentaBright' },
    codeLiteral: { color: 'cyanBright' },
    codeString: { color: 'greenBright' },
    codeBuiltIn: { color: 'yellow' },
    codeComment: { color: 'gray', italic: true },
    codeName: { color: 'greenBright' },
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
    // No ANSI yellow or cyan reads on white: tokens take the hues that do.
    codeKeyword: { color: 'magenta' },
    codeTitle: { color: 'blue', bold: true },
    codeLiteral: { color: 'blue' },
    codeString: { color: 'green' },
    codeBuiltIn: { color: 'red', bold: true },
    codeComment: { color: 'gray', italic: true },
    codeName: { color: 'green' },
    link: { color: 'blue', underline: true },
    url: { color: 'gray' },
    quote: { color: 'gray', italic: true },
    muted: { color: 'gray' },
    tag: { color: 'green' },
    accent: { color: 'blue', bold: true },
    match: { color: 'black', backgroundColor: 'yellowBright' },
    // ANSI white is light grey in most palettes: bright white reads better on magenta.
    currentMatch: { color: 'whiteBright', backgroundColor: 'magenta', bold: true },
    error: { color: 'red', bold: true },
    // No ANSI yellow reads on white (xterm's is 1.5:1): black on a yellow ground keeps the hue.
    warning: { color: 'black', backgroundColor: 'yellow' },
    control: { color: 'red', inverse: true },
  },
};

const c = (n: number): Colour => `ansi256(${n})`;

/** The dark palette in 256 colours: 4.5:1 or more on black and on #1e1e1e. */
export const dark256Theme: Theme = {
  name: 'dark',
  roles: {
    ...shared,
    heading: { color: c(213), bold: true },
    code: { color: c(221) },
    codeKeyword: { color: c(203) },
    codeTitle: { color: c(183) },
    codeLiteral: { color: c(117) },
    codeString: { color: c(114) },
    codeBuiltIn: { color: c(215) },
    codeComment: { color: c(246), italic: true },
    codeName: { color: c(150) },
    link: { color: c(117), underline: true },
    url: { color: c(246) },
    quote: { color: c(246), italic: true },
    muted: { color: c(246) },
    tag: { color: c(114) },
    accent: { color: c(117), bold: true },
    match: { color: c(16), backgroundColor: c(178) },
    currentMatch: { color: c(16), backgroundColor: c(226), bold: true },
    error: { color: c(203), bold: true },
    warning: { color: c(221) },
    control: { color: c(203), inverse: true },
  },
};

/** The light palette in 256 colours: 4.5:1 or more on white and on #f5f5f5. */
export const light256Theme: Theme = {
  name: 'light',
  roles: {
    ...shared,
    heading: { color: c(90), bold: true },
    code: { color: c(124) },
    codeKeyword: { color: c(90) },
    codeTitle: { color: c(55) },
    codeLiteral: { color: c(25) },
    codeString: { color: c(18) },
    codeBuiltIn: { color: c(94) },
    codeComment: { color: c(241), italic: true },
    codeName: { color: c(22) },
    link: { color: c(25), underline: true },
    url: { color: c(241) },
    quote: { color: c(241), italic: true },
    muted: { color: c(241) },
    tag: { color: c(22) },
    accent: { color: c(25), bold: true },
    match: { color: c(16), backgroundColor: c(220) },
    currentMatch: { color: c(231), backgroundColor: c(90), bold: true },
    error: { color: c(160), bold: true },
    // Amber dark enough for a white ground, where yellow is not.
    warning: { color: c(94), bold: true },
    control: { color: c(124), inverse: true },
  },
};

/** Colourless: emphasis and selection survive as attributes, which `NO_COLOR` allows. */
export const plainTheme: Theme = {
  name: 'plain',
  roles: {
    ...shared,
    heading: { bold: true },
    code: {},
    // Without colour a token is told by nothing but the attributes left: comments lean.
    codeKeyword: {},
    codeTitle: {},
    codeLiteral: {},
    codeString: {},
    codeBuiltIn: {},
    codeComment: { italic: true },
    codeName: {},
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
 * Whether the terminal takes 256 colours or more, by the rules chalk (which paints Ink's text)
 * follows: where chalk sees 16 colours it would turn a 256-colour one into the nearest of the 16,
 * which the 16-colour palettes choose better.
 */
function has256(env: Env): boolean {
  if (env.FORCE_COLOR !== undefined && /^\d+$/.test(env.FORCE_COLOR)) {
    return Number(env.FORCE_COLOR) >= 2;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return true;
  if (['xterm-kitty', 'xterm-ghostty', 'wezterm'].includes(env.TERM ?? '')) return true;
  if (env.TERM_PROGRAM === 'iTerm.app' || env.TERM_PROGRAM === 'Apple_Terminal') return true;
  return /-256(?:color)?$/i.test(env.TERM ?? '');
}

/** Whether the palette is to be picked by asking the terminal for its background. */
export const asksBackground = (env: Env, choice?: string): boolean =>
  !colourless(env) && choice === undefined && env.COLORFGBG === undefined;

/**
 * Picks the palette: no colour when the terminal is to get none (see `colourless`), then an
 * explicit choice, then the background colour the terminal advertises in `COLORFGBG` ("fg;bg",
 * bg 7 or 15 is light), then the `background` it answered when asked, else dark; in 256 colours
 * where the terminal has them.
 */
export function pickTheme(env: Env, choice?: string, background?: 'light' | 'dark'): Theme {
  if (colourless(env)) return plainTheme;
  const bg = env.COLORFGBG?.split(';').at(-1);
  const light =
    choice === undefined
      ? bg === undefined
        ? background === 'light'
        : bg === '7' || bg === '15'
      : choice === 'light';
  if (has256(env)) return light ? light256Theme : dark256Theme;
  return light ? lightTheme : darkTheme;
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

const ANSI256 = /^ansi256\((\d+)\)$/;

/** The SGR parameters of a colour, `base` 30 for the text and 40 for its ground. */
function colourCodes(colour: Colour, base: 30 | 40): string {
  const n = ANSI256.exec(colour)?.[1];
  return n === undefined ? String(FG[colour as ColorName] + base - 30) : `${base + 8};5;${n}`;
}

/** The SGR sequence that switches a style on (empty when the style is plain). */
export function sgr(style: RoleStyle): string {
  const codes: (number | string)[] = [];
  if (style.bold) codes.push(1);
  if (style.dim) codes.push(2);
  if (style.italic) codes.push(3);
  if (style.underline) codes.push(4);
  if (style.inverse) codes.push(7);
  if (style.strikethrough) codes.push(9);
  if (style.color) codes.push(colourCodes(style.color, 30));
  if (style.backgroundColor) codes.push(colourCodes(style.backgroundColor, 40));
  return codes.length ? `\u001b[${codes.join(';')}m` : '';
}

export const SGR_RESET = '\u001b[0m';
