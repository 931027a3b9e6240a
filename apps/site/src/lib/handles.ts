import type { Handles } from '@confnotes/content';

/** A speaker's handles as links, labelled for people; anything that is not http(s) is dropped. */
export function handleLinks(handles: Handles): { label: string; url: string }[] {
  const links: { label: string; url: string }[] = [];
  const add = (label: string, url: string | undefined) => {
    if (url && /^https?:\/\//i.test(url)) links.push({ label, url });
  };
  const bare = (h: string) => h.replace(/^@/, '');
  if (handles.twitter)
    add(`@${bare(handles.twitter)} on Twitter`, `https://twitter.com/${bare(handles.twitter)}`);
  if (handles.github)
    add(`${bare(handles.github)} on GitHub`, `https://github.com/${bare(handles.github)}`);
  if (handles.linkedin) add('LinkedIn', `https://www.linkedin.com/in/${bare(handles.linkedin)}`);
  if (handles.mastodon) {
    const [user, host] = bare(handles.mastodon).split('@');
    add(`@${user}@${host} on Mastodon`, host ? `https://${host}/@${user}` : undefined);
  }
  if (handles.bluesky)
    add(
      `@${bare(handles.bluesky)} on Bluesky`,
      `https://bsky.app/profile/${bare(handles.bluesky)}`,
    );
  add('Website', handles.website);
  return links;
}
