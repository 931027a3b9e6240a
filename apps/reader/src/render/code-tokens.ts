import type { Element, ElementContent, Root } from 'hast';
import type { Role } from '../theme.ts';

type Highlighter = typeof import('./code-highlighter.ts')['highlighter'];

/** A stretch of one line of code and the role of its token, if it is one. */
export type CodeToken = { readonly text: string; readonly role?: Role };

let highlighter: Highlighter | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the grammars code blocks are coloured with, once; until then blocks are laid out in the
 * code colour alone. Loaded on demand, not at start: the grammars take some 130 ms to load,
 * which the first frame would wait for.
 */
export function loadCodeHighlighter(): Promise<void> {
  loading ??= import('./code-highlighter.ts').then((m) => {
    highlighter = m.highlighter;
  });
  return loading;
}

/** Whether code blocks are coloured by syntax yet (see `loadCodeHighlighter`). */
export const codeHighlighterReady = () => highlighter !== undefined;

// highlight.js's classes, grouped as GitHub's themes group them.
const ROLE_OF_CLASS: Readonly<Record<string, Role>> = {
  'hljs-keyword': 'codeKeyword',
  'hljs-doctag': 'codeKeyword',
  'hljs-template-tag': 'codeKeyword',
  'hljs-template-variable': 'codeKeyword',
  'hljs-type': 'codeKeyword',
  'hljs-title': 'codeTitle',
  'hljs-attr': 'codeLiteral',
  'hljs-attribute': 'codeLiteral',
  'hljs-literal': 'codeLiteral',
  'hljs-meta': 'codeLiteral',
  'hljs-number': 'codeLiteral',
  'hljs-variable': 'codeLiteral',
  'hljs-selector-attr': 'codeLiteral',
  'hljs-selector-class': 'codeLiteral',
  'hljs-selector-id': 'codeLiteral',
  'hljs-section': 'codeLiteral',
  'hljs-string': 'codeString',
  'hljs-regexp': 'codeString',
  'hljs-built_in': 'codeBuiltIn',
  'hljs-symbol': 'codeBuiltIn',
  'hljs-bullet': 'codeBuiltIn',
  'hljs-comment': 'codeComment',
  'hljs-code': 'codeComment',
  'hljs-formula': 'codeComment',
  'hljs-name': 'codeName',
  'hljs-quote': 'codeName',
  'hljs-selector-tag': 'codeName',
  'hljs-selector-pseudo': 'codeName',
  'hljs-addition': 'codeName',
  'hljs-deletion': 'codeKeyword',
};

function roleOf(element: Element, outer: Role | undefined): Role | undefined {
  const classes = element.properties.className;
  if (!Array.isArray(classes)) return outer;
  for (const c of classes) {
    const role = ROLE_OF_CLASS[String(c)];
    if (role) return role;
  }
  return outer;
}

/**
 * The lines of `code` split into tokens with their roles, for a block whose fence names
 * `language` (any of highlight.js's names for it, in any case). Undefined where that language is
 * unknown or the grammars are not loaded yet: the block is then one colour. The tokens' text is
 * the code's, character for character.
 * @example await loadCodeHighlighter(); codeTokens('func f() {}', 'go')?.[0]?.[0] // { text: 'func', role: 'codeKeyword' }
 */
export function codeTokens(code: string, language: string): CodeToken[][] | undefined {
  const name = language.toLowerCase();
  if (!highlighter?.registered(name)) return undefined;
  const lines: CodeToken[][] = [[]];
  const walk = (nodes: readonly (ElementContent | Root['children'][number])[], role?: Role) => {
    for (const node of nodes) {
      if (node.type === 'element') walk(node.children, roleOf(node, role));
      else if (node.type === 'text')
        node.value.split('\n').forEach((text, i) => {
          if (i > 0) lines.push([]);
          if (text) lines.at(-1)!.push(role ? { text, role } : { text });
        });
    }
  };
  walk(highlighter.highlight(name, code).children);
  return lines;
}
