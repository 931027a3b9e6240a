import { htmlLang } from './lang.ts';

type TextInfo = { direction?: string };

/**
 * `rtl` for a post written in a language read right to left (Arabic, Hebrew, Persian, Urdu…),
 * else undefined: for HTML's `dir`, beside `lang`. Marked with its language alone, such a post
 * was set left to right, its lines flush left and its punctuation at the wrong end.
 * @example textDir('ar_EG') === 'rtl'
 */
export function textDir(lang: string | undefined): 'rtl' | undefined {
  const tag = htmlLang(lang);
  if (!tag) return undefined;
  const locale = new Intl.Locale(tag) as Intl.Locale & {
    getTextInfo?: () => TextInfo;
    textInfo?: TextInfo;
  };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : undefined;
}
