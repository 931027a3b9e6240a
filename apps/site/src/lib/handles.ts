import type { Handles } from '@confnotes/content';

/**
 * A handle as written: bare (`jpetazzo`), with an @, or as the profile's own address
 * (`https://twitter.com/jpetazzo`, `github.com/jpetazzo`), as a curated speakers.yaml may give
 * it; the address was put after the site's own and led nowhere.
 */
function read(value: string): { handle: string; url?: URL } {
  const text = value.trim();
  if (/^https?:\/\//i.test(text) || /^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(text)) {
    try {
      const url = new URL(/^https?:/i.test(text) ? text : `https://${text}`);
      const last = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
      return { handle: last.replace(/^@/, ''), url };
    } catch {
      // Not an address after all: read as a handle below.
    }
  }
  return { handle: text.replace(/^@/, '') };
}

/** A handle's profile address: the one it was written as, else `make` of its one segment. */
const profile = (value: string, make: (segment: string) => string) => {
  const { handle, url } = read(value);
  return { handle, url: url?.href ?? make(encodeURIComponent(handle)) };
};

/** A speaker's handles as links, labelled for people; anything that is not http(s) is dropped. */
export function handleLinks(handles: Handles): { label: string; url: string }[] {
  const links: { label: string; url: string }[] = [];
  const add = (label: string, url: string | undefined) => {
    if (url && /^https?:\/\//i.test(url)) links.push({ label, url });
  };
  if (handles.twitter) {
    const { handle, url } = profile(handles.twitter, (h) => `https://twitter.com/${h}`);
    add(`@${handle} on Twitter`, url);
  }
  if (handles.github) {
    const { handle, url } = profile(handles.github, (h) => `https://github.com/${h}`);
    add(`${handle} on GitHub`, url);
  }
  if (handles.linkedin) {
    add('LinkedIn', profile(handles.linkedin, (h) => `https://www.linkedin.com/in/${h}`).url);
  }
  if (handles.mastodon) {
    const { handle, url } = read(handles.mastodon);
    if (url) add(`@${handle}@${url.host} on Mastodon`, url.href);
    else {
      const [user, host] = handle.split('@');
      add(
        `@${user}@${host} on Mastodon`,
        host ? `https://${host}/@${encodeURIComponent(user!)}` : undefined,
      );
    }
  }
  if (handles.bluesky) {
    const { handle, url } = profile(handles.bluesky, (h) => `https://bsky.app/profile/${h}`);
    add(`@${handle} on Bluesky`, url);
  }
  add('Website', handles.website);
  return links;
}
