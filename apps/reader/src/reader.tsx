import type { Catalog, Diagnostic } from '@confnotes/content/portable';
import { type Key, useApp, useInput, usePaste, useWindowSize } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { type Look, LookContext } from './components/theme-context.ts';
import type { Pace } from './data/catalog-check.ts';
import { fullTextReady, prepareFullText } from './data/full-text.ts';
import { type KeyPress, keyPresses, PLAIN_KEY } from './key-presses.ts';
import { type Context, resolveKey, typedText } from './keys.ts';
import {
  editPlace,
  initialModel,
  type Model,
  type Msg,
  selectedUrl,
  selectsInPageLink,
  update,
} from './model.ts';
import { codeHighlighterReady, loadCodeHighlighter } from './render/code-tokens.ts';
import { selectLinkHint } from './select-link-hint.ts';
import { markKey } from './timing.ts';
import { earlyKey, typingAhead } from './type-ahead.ts';
import { View } from './view.tsx';

/** What a loader reads: a catalog, what went wrong reading it, and maybe a check to finish. */
export type Loaded = {
  readonly catalog: Catalog;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Checks the rest of the catalog after the first frame, at the pace the reader sets;
   * resolves to what it found wrong.
   */
  readonly check?: (pace: Pace) => Promise<readonly Diagnostic[]>;
};

/** Reads the catalog, reporting progress as it goes. */
export type Loader = (progress: (message: string) => void) => Promise<Loaded>;

export type ReaderProps = {
  readonly load: Loader;
  readonly look: Look;
  /** Opens a URL in the browser; resolves to a message for the status bar. */
  readonly openUrl: (url: string) => Promise<string>;
  /** Called once the first full frame with the catalog has been rendered. */
  readonly onReady?: () => void;
  /**
   * Stops the process until the shell continues it (Ctrl+Z, then `fg`); resolves once it runs
   * again. Absent where processes cannot be stopped (Windows).
   */
  readonly stop?: () => Promise<void>;
  /** Listens for requests to stop from outside (SIGTSTP); returns what stops listening. */
  readonly stopSignals?: (suspend: () => void) => () => void;
  /**
   * Runs an editor on an article's file (relative to the content folder) at `line`, in the
   * terminal the reader hands over; resolves to what went wrong, if anything. Absent where the
   * catalog was not read from a content folder.
   */
  readonly edit?: (path: string, line: number) => Promise<string | undefined>;
};

const NOT_EDITABLE =
  'Only an article read from a content folder can be edited: this catalog came from a file or an API';

const PASTE_HINT = 'Pasted text goes into a filter or a search: press / first, then paste';

/** Pasted text as typed text: its line breaks and tabs are spaces, its controls gone. */
const pastedText = (pasted: string) => typedText(pasted.replace(/\r\n?|[\n\t]/g, ' '), PLAIN_KEY);

/** How long the background check waits after the first frame or a key before it goes on. */
const QUIET_MS = 1000;

// A fence that names a language (```go, ~~~ js), at the start of a line or a list item's.
const NAMED_FENCE = /^[\t >*+-]*(?:`{3,}|~{3,})[\t ]*[\w+#.-]/m;

function contextsOf(model: Model): Context[] {
  if (model.input) return ['input'];
  switch (model.route.screen) {
    case 'list':
      return ['list', 'scroll', 'global'];
    case 'post':
      return ['pager', 'scroll', 'global'];
    case 'talk':
    case 'speaker':
    case 'event':
      return ['record', 'scroll', 'global'];
    case 'find':
      return ['find', 'scroll', 'global'];
    default:
      return ['scroll', 'global'];
  }
}

/** The reader: state in one reducer, keys through the key table, effects dispatching messages. */
export function Reader({ load, look, openUrl, onReady, stop, stopSignals, edit }: ReaderProps) {
  const { columns, rows } = useWindowSize();
  const [model, send] = useReducer(update, { columns, rows }, (size) =>
    initialModel(size, { showUrls: !look.hyperlinks }),
  );
  const { exit, suspendTerminal } = useApp();
  // The model as of the last message, ahead of the next render: keys that arrive together (Enter,
  // then g) must each see what the one before did, not the frame on screen.
  const modelRef = useRef(model);
  modelRef.current = model;
  const dispatch = useCallback((msg: Msg) => {
    modelRef.current = update(modelRef.current, msg);
    send(msg);
  }, []);

  useEffect(() => {
    if (columns !== model.size.columns || rows !== model.size.rows) {
      dispatch({ type: 'resize', columns, rows });
    }
  }, [columns, rows, model.size.columns, model.size.rows, dispatch]);

  // Ink hands the terminal back as it was (cooked mode, cursor, main screen) while the process
  // is stopped, and takes it again and repaints when the shell continues it.
  const suspended = useRef(false);
  const suspend = useCallback(() => {
    if (!stop) {
      dispatch({ type: 'flash', text: 'The reader cannot be suspended here' });
      return;
    }
    if (suspended.current) return;
    suspended.current = true;
    void suspendTerminal(stop).finally(() => {
      suspended.current = false;
    });
  }, [stop, suspendTerminal, dispatch]);
  useEffect(() => stopSignals?.(suspend), [stopSignals, suspend]);

  // The editor gets the terminal as Ctrl+Z gives it to the shell; the article is read again
  // once it exits, edited or not, as the file may have been saved before an error.
  const editArticle = useCallback(
    (path: string, line: number) => {
      if (!edit) {
        dispatch({ type: 'flash', text: NOT_EDITABLE });
        return;
      }
      if (suspended.current) return;
      suspended.current = true;
      let problem: string | undefined;
      void suspendTerminal(async () => {
        problem = await edit(path, line);
      })
        .then(() => {
          // A large catalog takes seconds to read again: say what the wait is.
          dispatch({ type: 'flash', text: `Reading ${path} again…` });
          return load(() => {});
        })
        .then(({ catalog, diagnostics }) => {
          dispatch({ type: 'loaded', catalog, diagnostics });
          dispatch({ type: 'flash', text: problem ?? `Read ${path} again` });
        })
        .catch((error: unknown) =>
          dispatch({
            type: 'flash',
            text: `The catalog could not be read again: ${String(error)}`,
          }),
        )
        .finally(() => {
          suspended.current = false;
        });
    },
    [edit, load, suspendTerminal, dispatch],
  );

  // The find screen says the text is being indexed, then it is, in the seconds that takes for a
  // large catalog: on the first F, and after the catalog is read again (an edit) under it.
  const findIndex = model.route.screen === 'find' ? model.index : undefined;
  useEffect(() => {
    if (!findIndex || fullTextReady(findIndex)) return;
    const later = setTimeout(() => {
      prepareFullText(findIndex);
      dispatch({ type: 'indexed' });
    }, 50);
    return () => clearTimeout(later);
  }, [findIndex, dispatch]);

  // A post with a fenced block of code in a named language is laid out in one colour at once,
  // then in its tokens' colours once the grammars are loaded: loaded the first time they are
  // wanted, not at start, where they would hold up the first frame.
  const openPost =
    model.route.screen === 'post' ? model.index?.posts.get(model.route.id) : undefined;
  // Asked once per post opened, not on every key pressed while it is read.
  const wantsColours = useMemo(
    () => openPost !== undefined && NAMED_FENCE.test(openPost.body),
    [openPost],
  );
  useEffect(() => {
    if (!wantsColours || codeHighlighterReady()) return;
    let live = true;
    void loadCodeHighlighter().then(() => live && dispatch({ type: 'codeColours' }));
    return () => {
      live = false;
    };
  }, [wantsColours, dispatch]);

  const check = useRef<Loaded['check']>(undefined);
  const lastKey = useRef(0);
  // The keys typed while the catalog loaded are pressed as soon as it is read, before any key
  // typed after, through the handler of the render at that moment.
  const pressRef = useRef<(one: KeyPress) => 'quit' | undefined>(() => undefined);
  useEffect(() => {
    let live = true;
    load((message) => live && dispatch({ type: 'progress', message }))
      .then(({ catalog, diagnostics, check: rest }) => {
        if (!live) return;
        check.current = rest;
        const held = modelRef.current.held;
        dispatch({ type: 'loaded', catalog, diagnostics });
        for (const one of held) if (pressRef.current(one) === 'quit') return;
      })
      .catch((error: unknown) =>
        dispatch({
          type: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    return () => {
      live = false;
    };
  }, [load, dispatch]);

  const ready = model.status === 'ready';
  useEffect(() => {
    if (!ready) return;
    onReady?.();
    const rest = check.current;
    if (!rest) return;
    let live = true;
    // The first frame is on screen: finish checking the catalog, a slice at a time, and only
    // while the user is not typing, so that no keystroke waits behind it.
    lastKey.current = performance.now();
    const pause = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      for (;;) {
        const wait = QUIET_MS - (performance.now() - lastKey.current);
        if (wait <= 0) return;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    };
    rest({ live: () => live, pause })
      .then((diagnostics) => live && dispatch({ type: 'checked', diagnostics }))
      .catch((error: unknown) =>
        dispatch({ type: 'flash', text: `The catalog could not be checked: ${String(error)}` }),
      );
    return () => {
      live = false;
    };
  }, [ready, onReady, dispatch]);

  const press = (input: string, key: Key): 'quit' | undefined => {
    const current = modelRef.current;
    if (current.status === 'loading') {
      const early = earlyKey(current.held, { input, key }, current.route.screen === 'help');
      if (early === 'hold') {
        dispatch({ type: 'hold', presses: [{ input, key }] });
        return;
      }
      if (early === 'quit') {
        exit();
        return 'quit';
      }
      if (early === 'suspend') {
        suspend();
        return;
      }
    }
    // A Ctrl key of the global table (Ctrl+Z) acts while a filter or search is typed, too.
    const action =
      resolveKey(contextsOf(current), input, key) ??
      (key.ctrl ? resolveKey(['global'], input, key) : undefined);
    if (!action) {
      const text = current.input ? typedText(input, key) : undefined;
      if (text) dispatch({ type: 'typed', text });
      return;
    }
    if (action === 'quit') {
      exit();
      return 'quit';
    }
    if (action === 'suspend') {
      suspend();
      return;
    }
    if (action === 'edit') {
      const place = editPlace(current);
      if (place) editArticle(place.path, place.line);
      return;
    }
    const url = selectedUrl(current);
    if (url && (action === 'browser' || action === 'open')) {
      dispatch({ type: 'flash', text: `Opening ${url}` });
      openUrl(url).then((text) => dispatch({ type: 'flash', text }));
      return;
    }
    if (action === 'browser' && !selectsInPageLink(current)) {
      dispatch({ type: 'flash', text: selectLinkHint(current.route.screen) });
      return;
    }
    dispatch({ type: 'action', action } satisfies Msg);
  };
  pressRef.current = (one) => press(one.input, one.key);

  useInput((input, key) => {
    markKey();
    lastKey.current = performance.now();
    const presses = keyPresses(input, key);
    let text = '';
    const flush = () => {
      if (text) dispatch({ type: 'typed', text });
      text = '';
    };
    // The Enters that end the chunk: typed right after the text, faster than the reader read it
    // (Enter to accept a filter, Enter again to open what it found).
    let enters = presses.length;
    while (enters > 0 && presses[enters - 1]!.key.return) enters--;
    for (const [i, one] of presses.entries()) {
      // While a filter or search is being typed, the characters of a chunk are text (a paste in
      // a terminal without bracketed paste): a newline in pasted text must not accept the
      // filter and run what follows as keys. Ctrl keys (Ctrl+U), Esc and the Enters that end the
      // chunk still act.
      if (
        presses.length > 1 &&
        modelRef.current.input &&
        !one.key.ctrl &&
        !one.key.escape &&
        i < enters
      ) {
        // Its line breaks and tabs keep the words apart, as in a bracketed paste.
        text += one.key.return || one.key.tab ? ' ' : (typedText(one.input, PLAIN_KEY) ?? '');
        continue;
      }
      flush();
      if (press(one.input, one.key) === 'quit') return;
    }
    flush();
  });

  // Bracketed paste: what the terminal marks as pasted is text for the filter or search being
  // typed, its line breaks and tabs spaces (a row copied from a table keeps its words apart); anywhere else its letters are not commands to run (the q of
  // a pasted address would quit).
  usePaste((pasted) => {
    markKey();
    lastKey.current = performance.now();
    const current = modelRef.current;
    if (current.status === 'loading' && typingAhead(current.held)) {
      // Held a character at a time, each one a letter of the filter typed ahead, never a key.
      const text = pastedText(pasted) ?? '';
      const presses = [...text].map((input) => ({ input, key: PLAIN_KEY }));
      dispatch({ type: 'hold', presses });
      return;
    }
    if (!current.input) {
      dispatch({ type: 'flash', text: PASTE_HINT });
      return;
    }
    const text = pastedText(pasted);
    if (text) dispatch({ type: 'typed', text });
  });

  return (
    <LookContext.Provider value={look}>
      <View model={model} />
    </LookContext.Provider>
  );
}
