// Signs that tell languages apart (C, C++, C#, .NET and NET): dropped, they would put the
// posts of several tags on one page.
const signs: Record<string, string> = { '+': ' plus ', '#': ' sharp ' };

/**
 * A tag's id, which every surface files it under: the site's `/tags/<id>/` page, the API's
 * `tag=` filter and `/api/tags`, the catalog index's `postsByTag`. Tags are free text in front
 * matter; their ids are lower-case and hyphenated, so `Cloud Native` and `cloud-native` are one
 * tag. Letters of every
 * script are kept (`コンテナ`, `контейнеры`): kept to a-z, all such tags shared one page.
 */
export function tagSlug(tag: string): string {
  return (
    tag
      .replace(/[+#]/g, (sign) => signs[sign]!)
      .replace(/^\s*\./, 'dot ')
      .normalize('NFKD')
      // Accents are dropped from Latin letters alone: elsewhere a mark makes another letter
      // (й is not и, ガ is not カ).
      .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .normalize('NFC') || 'tag'
  );
}
