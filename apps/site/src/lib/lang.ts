/**
 * A post's `lang` front matter as an HTML `lang` value, or undefined when it names no language
 * a reader's software would know: blogs write locales the POSIX way (`de_DE`), which HTML does
 * not accept, and an invalid value is worse than none for a screen reader choosing a voice.
 * @example htmlLang('de_DE') === 'de-DE'
 */
export function htmlLang(lang: string | undefined): string | undefined {
  const tag = lang
    ?.trim()
    .replace(/\.[\w-]+$/, '')
    .replaceAll('_', '-');
  // A language of two or three letters, then subtags (script, region, variant).
  if (!tag || !/^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
