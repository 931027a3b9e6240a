import { tagSlug } from '@confnotes/content/portable';

/**
 * The tags a post's page shows: one per tag page, in the spelling the post gives first. Two
 * spellings of one tag (`Docker`, `docker`) made two chips that led to the same page.
 */
export function postTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const slug = tagSlug(tag);
    if (seen.has(slug)) return false;
    seen.add(slug);
    return true;
  });
}
