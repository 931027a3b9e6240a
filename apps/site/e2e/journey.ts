import type { Catalog } from '@confnotes/content';

export type Journey = {
  post: Catalog['posts'][number];
  talk: Catalog['talks'][number];
  speaker: Catalog['speakers'][number];
  other: Catalog['posts'][number];
};

/**
 * A path through the catalog the e2e test walks: a post, a talk it mentions, a speaker of that
 * talk, and another post that names the speaker or one of their talks. Derived from the catalog
 * so the test follows whatever the extractor finds in the seeds.
 */
export function findJourney(catalog: Catalog): Journey | undefined {
  const posts = new Map(catalog.posts.filter((p) => !p.draft).map((p) => [p.id, p]));
  for (const post of posts.values()) {
    for (const talk of catalog.talks.filter((t) => t.mentions.some((m) => m.post === post.id))) {
      for (const speakerId of talk.speakers) {
        const speaker = catalog.speakers.find((s) => s.id === speakerId);
        if (!speaker) continue;
        const mentions = [
          ...speaker.mentions,
          ...catalog.talks.filter((t) => speaker.talks.includes(t.id)).flatMap((t) => t.mentions),
        ];
        const other = mentions.map((m) => posts.get(m.post)).find((p) => p && p.id !== post.id);
        if (other) return { post, talk, speaker, other };
      }
    }
  }
  return undefined;
}
