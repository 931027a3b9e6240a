import { decodeNamedCharacterReference } from 'decode-named-character-reference';

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Text with its HTML character references (`&amp;`, `&#8217;`, `&rsquo;`) read as the
 * characters they stand for, as a blog engine that writes the value into a page shows it: a
 * WordPress export's front matter writes `title: "What I&#8217;m taking home"`. A reference to
 * nothing, or to a control character, is kept as written: it never becomes one.
 * @example decodeCharacterReferences('What I&#8217;m &amp; you') // 'What I’m & you'
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) {
      const named = decodeNamedCharacterReference(name);
      return named === false ? whole : named;
    }
    const code = decimal ? Number(decimal) : Number.parseInt(hex!, 16);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    return control || surrogate || code > 0x10ffff ? whole : String.fromCodePoint(code);
  });
}
