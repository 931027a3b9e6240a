// A run of percent-escapes: the bytes of one or more characters, which UTF-8 never splits
// across anything else.
const ESCAPES = /(?:%[0-9a-f]{2})+/gi;

/**
 * The first run of percent-escapes in a piece of a URL that is not UTF-8, or undefined when
 * every one decodes. `caf%E9` (é as Latin-1, as an old form or a client encoding Latin-1 text
 * sends it) is such a run: Hono keeps it as the letters `%E9`, so a search or filter would look
 * for them and match nothing, without a word. A `%` that starts no escape (`100%`) is not one.
 * @example badEscape('caf%E9') // '%E9'
 * @example badEscape('caf%C3%A9') // undefined
 */
export function badEscape(text: string): string | undefined {
  if (!text.includes('%')) return undefined;
  for (const [run] of text.matchAll(ESCAPES)) {
    try {
      decodeURIComponent(run);
    } catch {
      return run.slice(0, 40);
    }
  }
  return undefined;
}
