// Every URL the site links to is made here, so a link and the page it points at cannot drift.

// Where the site is served from: `/`, or the path of CONFNOTES_SITE_URL for a site hosted
// under one (`https://someone.github.io/notes/`). Put in place by the site's Vite config, in
// pages and in the search island alike; not `import.meta.env.BASE_URL`, which a variable
// BASE_URL in the environment of the build replaces. Unset outside the site's build (tests).
declare const __CONFNOTES_BASE__: string | undefined;
const base = typeof __CONFNOTES_BASE__ === 'string' ? __CONFNOTES_BASE__ : '/';

/**
 * A page or file of the site by its path from the site's root, under the base it is served from.
 * @example sitePath('/rss.xml') // '/notes/rss.xml' when the site is served under /notes/
 */
export const sitePath = (path: string) => `${base}${path.replace(/^\//, '')}`;

export const postPath = (id: string) => sitePath(`/posts/${id}/`);
export const talkPath = (id: string) => sitePath(`/talks/${id}/`);
export const speakerPath = (id: string) => sitePath(`/speakers/${id}/`);
export const eventPath = (id: string) => sitePath(`/events/${id}/`);

/** A link to the paragraph of a post where something is mentioned. */
export const paragraphPath = (postId: string, anchor: string | undefined) =>
  anchor ? `${postPath(postId)}#${anchor}` : postPath(postId);
