import { diagnostic } from '../parse/diagnostic-codes.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';

/**
 * Gives every post a unique id, deterministically: posts are in path order, the first keeps
 * its id, later ones get `-2`, `-3`... Each renamed post gets a warning.
 */
export function resolveDuplicateIds(
  posts: { id: string; readonly source: { readonly path: string } }[],
): Diagnostic[] {
  const taken = new Map<string, string>();
  const next = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  for (const post of posts) {
    const first = taken.get(post.id);
    if (first === undefined) {
      taken.set(post.id, post.source.path);
      continue;
    }
    // Remember where counting stopped for each id, so many posts with one id stay linear.
    let n = next.get(post.id) ?? 2;
    while (taken.has(`${post.id}-${n}`)) n++;
    next.set(post.id, n + 1);
    const id = `${post.id}-${n}`;
    diagnostics.push(
      diagnostic(
        'duplicate-id',
        `The id \`${post.id}\` is already used by ${first}; this post gets \`${id}\` instead.`,
        post.source.path,
        { line: 1, column: 1 },
      ),
    );
    post.id = id;
    taken.set(id, post.source.path);
  }
  return diagnostics;
}
