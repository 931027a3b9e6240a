// Every URL the site links to is made here, so a link and the page it points at cannot drift.

export const postPath = (id: string) => `/posts/${id}/`;
export const talkPath = (id: string) => `/talks/${id}/`;
export const speakerPath = (id: string) => `/speakers/${id}/`;
export const eventPath = (id: string) => `/events/${id}/`;
export const tagPath = (tag: string) => `/tags/${tagSlug(tag)}/`;

/** A link to the paragraph of a post where something is mentioned. */
export const paragraphPath = (postId: string, anchor: string | undefined) =>
  anchor ? `${postPath(postId)}#${anchor}` : postPath(postId);

// Signs that tell languages apart (C, C++, C#, .NET and NET): dropped, they would put the
// posts of several tags on one page.
const signs: Record<string, string> = { '+': ' plus ', '#': ' sharp ' };

/** Tags are free text in front matter; their URLs are lower-case and hyphenated. */
export function tagSlug(tag: string): string {
  return (
    tag
      .replace(/[+#]/g, (sign) => signs[sign]!)
      .replace(/^\s*\./, 'dot ')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'tag'
  );
}
