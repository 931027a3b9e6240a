import { describe, expect, it } from 'vitest';
import { htmlLang } from './lang.ts';

describe('htmlLang', () => {
  it('writes a POSIX locale as a language tag', () => {
    expect(htmlLang('de_DE')).toBe('de-DE');
    expect(htmlLang('pt_BR.UTF-8')).toBe('pt-BR');
    expect(htmlLang(' FR ')).toBe('fr');
    expect(htmlLang('zh-hant-tw')).toBe('zh-Hant-TW');
  });

  it('gives nothing for a value that names no language', () => {
    expect(htmlLang(undefined)).toBeUndefined();
    expect(htmlLang('')).toBeUndefined();
    expect(htmlLang('German')).toBeUndefined();
    expect(htmlLang('en-')).toBeUndefined();
    expect(htmlLang('de"><script>')).toBeUndefined();
  });
});
