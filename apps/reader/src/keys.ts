import type { Key } from 'ink';

// The one key table: the input handler resolves keys through it and the help screen lists it,
// so what `?` shows is what the keys do.

export type Context = 'global' | 'list' | 'pager' | 'record' | 'find' | 'scroll' | 'input';

export type Action =
  | 'quit'
  | 'suspend'
  | 'help'
  | 'back'
  | 'diagnostics'
  | 'next-tab'
  | 'prev-tab'
  | 'tab-posts'
  | 'tab-talks'
  | 'tab-speakers'
  | 'tab-events'
  | 'down'
  | 'up'
  | 'page-down'
  | 'page-up'
  | 'half-down'
  | 'half-up'
  | 'top'
  | 'bottom'
  | 'filter'
  | 'find'
  | 'sort'
  | 'open'
  | 'search'
  | 'next-match'
  | 'prev-match'
  | 'next-link'
  | 'prev-link'
  | 'browser'
  | 'edit'
  | 'accept'
  | 'cancel'
  | 'erase'
  | 'erase-word'
  | 'clear';

export type Binding = {
  readonly action: Action;
  readonly context: Context;
  /** Key names as shown in help: a character, or `enter`, `esc`, `ctrl+d`, `pgdn`... */
  readonly keys: readonly string[];
  readonly help: string;
};

export const BINDINGS: readonly Binding[] = [
  { context: 'global', action: 'quit', keys: ['q', 'ctrl+c'], help: 'quit' },
  {
    context: 'global',
    action: 'suspend',
    keys: ['ctrl+z'],
    help: 'suspend to the shell (fg comes back)',
  },
  { context: 'global', action: 'help', keys: ['?'], help: 'show or hide this help' },
  { context: 'global', action: 'back', keys: ['esc', 'backspace'], help: 'go back' },
  {
    context: 'global',
    action: 'diagnostics',
    keys: ['!'],
    help: 'show or hide the diagnostics of the catalog',
  },
  { context: 'list', action: 'next-tab', keys: ['tab', 'right', 'l'], help: 'next tab' },
  { context: 'list', action: 'prev-tab', keys: ['shift+tab', 'left', 'h'], help: 'previous tab' },
  { context: 'list', action: 'tab-posts', keys: ['1'], help: 'posts' },
  { context: 'list', action: 'tab-talks', keys: ['2'], help: 'talks' },
  { context: 'list', action: 'tab-speakers', keys: ['3'], help: 'speakers' },
  { context: 'list', action: 'tab-events', keys: ['4'], help: 'events' },
  { context: 'list', action: 'filter', keys: ['/'], help: 'filter as you type (fuzzy)' },
  { context: 'list', action: 'sort', keys: ['s'], help: 'change the sort order' },
  {
    context: 'list',
    action: 'find',
    keys: ['F'],
    help: 'find words in the text of every post, talk and speaker',
  },
  { context: 'list', action: 'open', keys: ['enter'], help: 'open the selected item' },
  { context: 'scroll', action: 'down', keys: ['j', 'down', 'ctrl+n'], help: 'down one line' },
  { context: 'scroll', action: 'up', keys: ['k', 'up', 'ctrl+p'], help: 'up one line' },
  {
    context: 'scroll',
    action: 'page-down',
    keys: ['space', 'pgdn', 'f', 'ctrl+f'],
    help: 'down one page',
  },
  { context: 'scroll', action: 'page-up', keys: ['b', 'pgup', 'ctrl+b'], help: 'up one page' },
  { context: 'scroll', action: 'half-down', keys: ['d', 'ctrl+d'], help: 'down half a page' },
  { context: 'scroll', action: 'half-up', keys: ['u', 'ctrl+u'], help: 'up half a page' },
  { context: 'scroll', action: 'top', keys: ['g', 'home'], help: 'go to the top' },
  { context: 'scroll', action: 'bottom', keys: ['G', 'end'], help: 'go to the bottom' },
  {
    context: 'pager',
    action: 'search',
    keys: ['/'],
    help: 'search in the document (enter alone: search again)',
  },
  { context: 'pager', action: 'next-match', keys: ['n'], help: 'next match' },
  { context: 'pager', action: 'prev-match', keys: ['N'], help: 'previous match' },
  {
    context: 'pager',
    action: 'next-link',
    keys: ['tab'],
    help: 'select the next talk, speaker or link',
  },
  { context: 'pager', action: 'prev-link', keys: ['shift+tab'], help: 'select the previous one' },
  {
    context: 'pager',
    action: 'open',
    keys: ['enter'],
    help: 'follow the selected talk, speaker, event or link',
  },
  { context: 'pager', action: 'browser', keys: ['o'], help: 'open the selected link in a browser' },
  {
    context: 'pager',
    action: 'edit',
    keys: ['e'],
    help: 'edit the article in $EDITOR, then read it again',
  },
  { context: 'record', action: 'open', keys: ['enter'], help: 'follow the selected item' },
  {
    context: 'find',
    action: 'open',
    keys: ['enter'],
    help: 'open the selected one, at the words found',
  },
  { context: 'find', action: 'find', keys: ['/', 'F'], help: 'change the words' },
  {
    context: 'record',
    action: 'browser',
    keys: ['o'],
    help: 'open the selected link in a browser',
  },
  { context: 'input', action: 'accept', keys: ['enter'], help: 'keep the filter or search' },
  { context: 'input', action: 'cancel', keys: ['esc'], help: 'clear it and stop typing' },
  { context: 'input', action: 'erase', keys: ['backspace'], help: 'delete a character' },
  { context: 'input', action: 'erase-word', keys: ['ctrl+w'], help: 'delete the last word' },
  { context: 'input', action: 'clear', keys: ['ctrl+u'], help: 'delete everything typed' },
  // As in fzf: the selection moves while the filter is typed; j and k are letters of the filter.
  {
    context: 'input',
    action: 'down',
    keys: ['down', 'ctrl+n'],
    help: 'select the next row (filter, find)',
  },
  {
    context: 'input',
    action: 'up',
    keys: ['up', 'ctrl+p'],
    help: 'select the previous row (filter, find)',
  },
];

const NAMED: Record<string, (key: Key, input: string) => boolean> = {
  enter: (k) => k.return,
  esc: (k) => k.escape,
  backspace: (k) => k.backspace || k.delete,
  tab: (k) => k.tab && !k.shift,
  'shift+tab': (k) => k.tab && k.shift,
  up: (k) => k.upArrow,
  down: (k) => k.downArrow,
  left: (k) => k.leftArrow,
  right: (k) => k.rightArrow,
  pgdn: (k) => k.pageDown,
  pgup: (k) => k.pageUp,
  home: (k) => k.home,
  end: (k) => k.end,
  space: (_k, input) => input === ' ',
};

/** Whether a key name of the table (`j`, `G`, `ctrl+d`, `pgdn`...) is the key that was pressed. */
export function matches(name: string, input: string, key: Key): boolean {
  const named = NAMED[name];
  if (named) return named(key, input);
  if (name.startsWith('ctrl+')) return key.ctrl && input === name.slice(5);
  return !key.ctrl && !key.meta && input === name;
}

/** The action a key performs in the given contexts, searched in order. */
export function resolveKey(
  contexts: readonly Context[],
  input: string,
  key: Key,
): Action | undefined {
  for (const context of contexts) {
    for (const binding of BINDINGS) {
      if (binding.context !== context) continue;
      if (binding.keys.some((name) => matches(name, input, key))) return binding.action;
    }
  }
  return undefined;
}

/** A key as a printable character for typing into a filter or a search, if it is one. */
export function typedText(input: string, key: Key): string | undefined {
  if (key.ctrl || key.meta || key.return || key.escape || key.tab || key.backspace)
    return undefined;
  if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return undefined;
  // Pasted text may carry control characters; they have no place in a query.
  const text = input.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return text || undefined;
}
