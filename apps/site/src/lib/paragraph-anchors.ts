/**
 * The paragraphs a list of mentions is in, each once, in the order they are first mentioned.
 * Two mentions in one paragraph (a name given twice in it) would otherwise be two links of one
 * name to one place side by side: `¶ 6 ¶ 6`.
 * @example paragraphAnchors([{ anchor: 'p-6' }, { anchor: 'p-6' }, {}, { anchor: 'p-9' }]) // ['p-6', 'p-9']
 */
export function paragraphAnchors(mentions: readonly { readonly anchor?: string }[]): string[] {
  return [...new Set(mentions.flatMap((m) => (m.anchor ? [m.anchor] : [])))];
}
