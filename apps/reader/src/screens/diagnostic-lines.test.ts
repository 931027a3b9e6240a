import type { Diagnostic } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { diagnosticLines, diagnosticsSummary } from './diagnostic-lines.ts';

const diagnostic = (over: Partial<Diagnostic> = {}): Diagnostic =>
  ({
    file: 'posts/a.md',
    line: 3,
    column: 1,
    severity: 'error',
    code: 'invalid-front-matter',
    message: 'The front matter is not valid YAML. '.repeat(4).trim(),
    ...over,
  }) as Diagnostic;

describe('diagnosticLines', () => {
  it('wraps a long message to the width instead of cutting it', () => {
    const d = diagnostic({
      hint: 'Check the indentation of every line of the front matter block.',
    });
    const lines = diagnosticLines([d], 30);
    expect(lines.every((l) => l.text.length <= 30)).toBe(true);
    const text = lines.map((l) => l.text.trim()).join(' ');
    expect(text).toContain(d.message);
    expect(text).toContain(d.hint);
    expect(lines.filter((l) => l.text.startsWith('    Check'))).toHaveLength(1);
  });

  it("breaks lines at a message's newlines and shows other control characters", () => {
    const d = diagnostic({ message: 'Could not read catalog.json:\nUnexpected token\u001b[31m' });
    const texts = diagnosticLines([d], 80).map((l) => l.text);
    expect(texts[0]).toBe(
      'posts/a.md:3:1 error invalid-front-matter: Could not read catalog.json:',
    );
    expect(texts[1]).toBe('Unexpected token^[[31m');
    expect(texts.join('')).not.toContain('^J');
  });
});

describe('diagnosticsSummary', () => {
  it('counts the findings and the errors among them', () => {
    const warning = diagnostic({ severity: 'warning' });
    expect(diagnosticsSummary([diagnostic(), diagnostic(), warning])).toBe(
      '3 diagnostics, 2 errors',
    );
    expect(diagnosticsSummary([diagnostic()])).toBe('1 diagnostic, 1 error');
    expect(diagnosticsSummary([warning])).toBe('1 diagnostic');
    expect(diagnosticsSummary([])).toBe('0 diagnostics');
  });
});
