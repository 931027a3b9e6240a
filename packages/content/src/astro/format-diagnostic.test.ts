import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../schema/index.ts';
import { ContentError, formatDiagnostic } from './format-diagnostic.ts';

const broken: Diagnostic = {
  severity: 'error',
  code: 'invalid-yaml',
  message: 'The YAML front matter cannot be parsed.',
  hint: 'Fix the YAML at this position.',
  file: 'posts/evil\n\u001b[31mname.md',
  line: 2,
  column: 8,
};

describe('formatDiagnostic', () => {
  it('keeps a diagnostic on one line whatever its file is named, as confnotes check does', () => {
    expect(formatDiagnostic(broken, '../content')).toBe(
      '../content/posts/evil\\u000a\\u001b[31mname.md:2:8 error invalid-yaml: The YAML front matter cannot be parsed.\n' +
        '  hint: Fix the YAML at this position.',
    );
    const message = new ContentError([broken], '../content').message;
    expect(message.split('\n')).toHaveLength(4);
    expect(message).not.toContain('\u001b');
  });
});
