import { describe, expect, it } from 'vitest';
import { codeHighlighterReady, codeTokens, loadCodeHighlighter } from './code-tokens.ts';

const GO = 'func run() {\n\t/* a comment\n\tover two lines */\n\treturn "x", 42\n}';

describe('codeTokens', () => {
  it('gives nothing before the grammars are loaded, so a block is laid out in one colour', () => {
    expect(codeHighlighterReady()).toBe(false);
    expect(codeTokens(GO, 'go')).toBeUndefined();
  });

  it("splits each line of a known language's code into tokens with roles, keeping its text", async () => {
    await loadCodeHighlighter();
    const lines = codeTokens(GO, 'go')!;
    expect(lines.map((tokens) => tokens.map((t) => t.text).join(''))).toEqual(GO.split('\n'));
    const roleOf = (text: string) => lines.flat().find((t) => t.text === text)?.role;
    expect(roleOf('func')).toBe('codeKeyword');
    expect(roleOf('return')).toBe('codeKeyword');
    expect(roleOf('"x"')).toBe('codeString');
    expect(roleOf('42')).toBe('codeLiteral');
    // A comment over two lines is a comment on each.
    expect(lines[1]!.at(-1)).toEqual({ text: '/* a comment', role: 'codeComment' });
    expect(lines[2]!.at(-1)).toEqual({ text: '\tover two lines */', role: 'codeComment' });
  });

  it('reads a language by any of its names, in any case, and knows none it has no grammar for', async () => {
    await loadCodeHighlighter();
    expect(codeTokens('FROM node:24', 'Dockerfile')?.[0]?.[0]).toEqual({
      text: 'FROM',
      role: 'codeKeyword',
    });
    expect(codeTokens('func f() {}', 'golang')?.[0]?.[0]?.role).toBe('codeKeyword');
    expect(codeTokens('func f() {}', 'nosuchlanguage')).toBeUndefined();
  });
});
