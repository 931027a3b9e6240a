// The one file that reads the environment: what the terminal can do and what the user asked for.

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether the terminal shows OSC 8 hyperlinks. `FORCE_HYPERLINK=1` or `0` decides; otherwise
 * terminals known to support them are recognised by the variables they set.
 */
export function supportsHyperlinks(env: Env = process.env, isTTY = process.stdout.isTTY): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0';
  if (!isTTY || env.CI) return false;
  // Inside tmux or screen the outer terminal is unknown.
  if (env.TMUX || env.TERM?.startsWith('screen')) return false;
  if (env.KITTY_WINDOW_ID || env.WT_SESSION || env.WEZTERM_PANE || env.TERM === 'xterm-kitty')
    return true;
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper'].includes(env.TERM_PROGRAM ?? ''))
    return true;
  if (env.TERM === 'foot' || env.TERM === 'alacritty') return true;
  return Number(env.VTE_VERSION ?? 0) >= 5000;
}

export const env: Env = process.env;

/** `CI` or `CONTINUOUS_INTEGRATION` set to anything but 0 or false, as Ink reads them. */
function inCi(env: Env): boolean {
  const set = (value: string | undefined) =>
    value !== undefined && value !== '0' && value !== 'false';
  return set(env.CI) || set(env.CONTINUOUS_INTEGRATION);
}

/**
 * Whether the full-screen interface can run: keys come from a terminal, output goes to one, that
 * terminal can move its cursor (`TERM=dumb` cannot: a frame redrawn there is a new frame printed
 * under the last), and this is not a CI job (where Ink draws nothing but the last frame, once
 * the reader quits, and a job given a terminal would wait for a q no one types).
 */
export function isInteractive(
  env: Env = process.env,
  stdinIsTTY = process.stdin.isTTY,
  stdoutIsTTY = process.stdout.isTTY,
): boolean {
  return Boolean(stdinIsTTY && stdoutIsTTY) && env.TERM !== 'dumb' && !inCi(env);
}
