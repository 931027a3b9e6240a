import { normalizeTag } from '@confnotes/content/portable';
import type { PostSummary } from '../schemas/records.ts';

/** A tag of the catalog's posts: what `GET /api/tags` lists. */
export interface TagEntry {
  /** The tag's id (`tagSlug`), which the posts filter (`tag=`) and the site's tag pages take. */
  readonly id: string;
  /** The spelling most of its posts give (`Docker`, where one post wrote `docker`). */
  readonly name: string;
  /** How many posts carry it. */
  readonly posts: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const made = new WeakMap<readonly PostSummary[], readonly TagEntry[]>();

/**
 * The tags of a list of posts, one per tag as the posts filter tells them apart, by name: made
 * once per list (a snapshot's), as the posts never change while it is served.
 * @example tagList(posts)[0] // { id: 'devops', name: 'DevOps', posts: 12 }
 */
export function tagList(posts: readonly PostSummary[]): readonly TagEntry[] {
  const known = made.get(posts);
  if (known) return known;
  const tags = new Map<string, { posts: number; spellings: Map<string, number> }>();
  for (const post of posts) {
    // A post that writes one tag twice (`Docker, docker`) is one of its posts.
    const seen = new Set<string>();
    for (const spelling of post.tags) {
      const id = normalizeTag(spelling);
      if (id === '') continue;
      let tag = tags.get(id);
      if (!tag) {
        tag = { posts: 0, spellings: new Map() };
        tags.set(id, tag);
      }
      const name = spelling.normalize('NFC').trim();
      tag.spellings.set(name, (tag.spellings.get(name) ?? 0) + 1);
      if (!seen.has(id)) tag.posts++;
      seen.add(id);
    }
  }
  const list = [...tags].map(([id, tag]): TagEntry => {
    // The first spelling met wins a tie, as Map keeps the order they were met in.
    let name = '';
    let most = 0;
    for (const [spelling, count] of tag.spellings) {
      if (count > most) [name, most] = [spelling, count];
    }
    return { id, name, posts: tag.posts };
  });
  list.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  made.set(posts, list);
  return list;
}
