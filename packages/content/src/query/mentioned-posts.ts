// A catalog read back from the store reads its talks' and speakers' mentions only when they
// are first asked for: they are two thirds of what it takes to read a stored catalog, and
// relations need only the posts they are in. Until then a record holds those posts' ids here.
export const MENTIONED_POSTS = Symbol.for('confnotes.mentionedPosts');

interface WithMentions {
  readonly mentions: readonly { readonly post: string }[];
}

/**
 * The ids of the posts a talk's or speaker's mentions are in, each once, in the order first
 * mentioned; without reading mentions that have not been read yet.
 * @example mentionedPosts(talk) // ['recap-a', 'recap-b']
 */
export function mentionedPosts(record: WithMentions): readonly string[] {
  const known = (record as unknown as Record<symbol, unknown>)[MENTIONED_POSTS];
  if (Array.isArray(known)) return known as string[];
  return [...new Set(record.mentions.map((mention) => mention.post))];
}
