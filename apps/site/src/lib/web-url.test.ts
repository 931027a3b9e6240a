import { describe, expect, it } from 'vitest';
import { webUrl } from './web-url.ts';

describe('webUrl', () => {
  it('keeps http(s) and mailto URLs', () => {
    expect(webUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(webUrl(' HTTP://example.com ')).toBe('HTTP://example.com');
    expect(webUrl('mailto:a@example.com')).toBe('mailto:a@example.com');
  });

  it('drops script, data and relative URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:a@example.com?attach=/etc/passwd',
      'mailto:a@example.com?subject=x&Attachment=~/.ssh/id_rsa',
      '//evil.example/x',
      '',
      undefined,
    ]) {
      expect(webUrl(url), String(url)).toBeUndefined();
    }
  });
});
