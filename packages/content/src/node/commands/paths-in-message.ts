import { contentPath } from './content-path.ts';

// Where a path quoted in a message may end: before a space or punctuation, or at the end.
const ENDS = new Set([' ', ';', ',', '.', ':', ')', '"', '`']);

/**
 * A diagnostic's message with the files of the content folder it quotes (`posts/a.md`, as the
 * library names them) named from the working directory, as the diagnostic's own file is:
 * `"X" looks like "Y" (content/posts/a.md)`, which a terminal or editor opens. Only the paths
 * in `known` are rewritten, the longest that fits: a title that merely holds `posts/` is left be.
 * @example pathsInMessage('content', 'used by posts/a.md;', new Set(['posts/a.md'])) // 'used by content/posts/a.md;'
 */
export function pathsInMessage(dir: string, message: string, known: ReadonlySet<string>): string {
  let out = '';
  let from = 0;
  for (let at = message.indexOf('posts/'); at >= 0; at = message.indexOf('posts/', at + 1)) {
    if (at < from || (at > 0 && !' ("`'.includes(message[at - 1]!))) continue;
    let path: string | undefined;
    for (let end = at + 'posts/'.length; end <= message.length; end++)
      if ((end === message.length || ENDS.has(message[end]!)) && known.has(message.slice(at, end)))
        path = message.slice(at, end);
    if (path === undefined) continue;
    out += message.slice(from, at) + contentPath(dir, path);
    from = at + path.length;
  }
  return out + message.slice(from);
}
