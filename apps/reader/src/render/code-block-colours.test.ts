import { describe, expect, it } from 'vitest';
import { dark256Theme, sgr } from '../theme.ts';
import { loadCodeHighlighter } from './code-tokens.ts';
import { layoutMarkdown, markdownToAnsi } from './markdown-to-ansi.ts';

const BODY = [
  'Her demo:',
  '',
  '```go',
  'func main() {',
  '\tfmt.Println("hello, \u001b[31mworld") // greet',
  '}',
  '```',
  '',
  '```',
  'func plain() {}',
  '```',
].join('\n');

describe("a code block's colours", () => {
  it("are its tokens' once the grammars are loaded, on the same lines with the same text", async () => {
    const before = layoutMarkdown(BODY, { width: 40 });
    await loadCodeHighlighter();
    const after = layoutMarkdown(BODY, { width: 40 });
    expect(after.lines.map((l) => l.text)).toEqual(before.lines.map((l) => l.text));
    const pieces = after.lines.flatMap((l) => l.pieces);
    expect(pieces.find((p) => p.text === 'func')?.roles).toEqual(['code', 'codeKeyword']);
    expect(pieces.find((p) => p.text.includes('hello'))?.roles).toEqual(['code', 'codeString']);
    expect(pieces.find((p) => p.text === '// greet')?.roles).toEqual(['code', 'codeComment']);
    // The control character in the string is shown, not sent, as in any other text.
    expect(pieces.some((p) => p.roles.includes('control'))).toBe(true);
    // A block that names no language keeps the one colour of code.
    expect(pieces.find((p) => p.text.includes('func plain'))?.roles).toEqual(['code']);
  });

  it("paints a keyword in its palette's colour, apart from the code around it", async () => {
    await loadCodeHighlighter();
    const lines = markdownToAnsi(BODY, { width: 40, theme: dark256Theme });
    const main = lines.find((l) => l.includes('main'))!;
    expect(main).toContain(`${sgr(dark256Theme.roles.codeKeyword)}func`);
    expect(sgr(dark256Theme.roles.codeKeyword)).not.toBe(sgr(dark256Theme.roles.code));
    expect(lines.join('\n')).not.toContain('\u001b[31mworld');
  });
});
