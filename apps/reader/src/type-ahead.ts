import type { KeyPress } from './key-presses.ts';
import { resolveKey } from './keys.ts';

// Keys typed before the catalog is read are held and pressed, in order, once it is, as a shell
// runs what was typed while the previous command ran: `/kube` typed at start-up filters the list
// as soon as there is one, instead of being lost to an empty screen. Quitting and suspending
// cannot wait for the catalog, so they act at once.

/** What a key pressed while the catalog loads does: act now, or wait in line for the catalog. */
export type Early = 'quit' | 'suspend' | 'now' | 'hold';

/**
 * Whether the held keys leave a filter or a search being typed, where `q` is a letter. The keys
 * are read as the list reads them (the first screen): a `/` there starts a filter as it starts a
 * search in an article, and Enter or Esc ends either.
 */
export function typingAhead(held: readonly KeyPress[]): boolean {
  let typing = false;
  for (const { input, key } of held) {
    const action = resolveKey(typing ? ['input'] : ['list', 'scroll', 'global'], input, key);
    if (typing) typing = action !== 'accept' && action !== 'cancel';
    else typing = action === 'filter' || action === 'find' || action === 'search';
  }
  return typing;
}

/**
 * What `press` does while the catalog loads, after the keys `held` so far. Before any key is
 * held, the keys that need no catalog act at once (`?` opens the help and the help screen
 * scrolls); once one is held, every other key waits behind it, so that they run in the order
 * typed. Ctrl+C always quits at once, and `q` too unless it is a letter of a filter typed ahead.
 */
export function earlyKey(held: readonly KeyPress[], press: KeyPress, onHelp: boolean): Early {
  const { input, key } = press;
  if (key.ctrl && input === 'c') return 'quit';
  if (key.ctrl && input === 'z') return 'suspend';
  const typing = typingAhead(held);
  if (!typing && resolveKey(['global'], input, key) === 'quit') return 'quit';
  if (held.length === 0 && (onHelp || resolveKey(['global'], input, key) === 'help')) return 'now';
  return 'hold';
}

const NAMES: readonly [keyof KeyPress['key'], string][] = [
  ['return', 'enter'],
  ['escape', 'esc'],
  ['tab', 'tab'],
  ['backspace', 'backspace'],
  ['delete', 'backspace'],
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['leftArrow', 'left'],
  ['rightArrow', 'right'],
  ['pageDown', 'pgdn'],
  ['pageUp', 'pgup'],
  ['home', 'home'],
  ['end', 'end'],
];

/** The held keys as the loading screen shows them: `jj/kube ‹enter›`. */
export function heldKeysText(held: readonly KeyPress[]): string {
  let text = '';
  for (const { input, key } of held) {
    const named = NAMES.find(([flag]) => key[flag])?.[1];
    const name =
      key.tab && key.shift ? 'shift+tab' : (named ?? (key.ctrl ? `ctrl+${input}` : undefined));
    text += name ? `${text && !text.endsWith(' ') ? ' ' : ''}‹${name}› ` : input;
  }
  return text.trimEnd();
}
