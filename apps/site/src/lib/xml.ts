// Characters XML 1.0 does not allow anywhere, even escaped: most C0 controls, lone surrogates
// and the two non-characters. Post titles come from anyone's blog and may hold them.
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for XML element content and attribute values, dropping what XML forbids. */
export function xml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(
      /[<>&'"]/g,
      (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
    );
}
