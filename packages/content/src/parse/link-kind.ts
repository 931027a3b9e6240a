import type { LinkKind } from '../schema/post.ts';

const slideHosts =
  /(^|\.)(speakerdeck\.com|slideshare\.net|slides\.com|slid\.es|pitch\.com|prezi\.com|noti\.st)$/;
const videoHosts =
  /(^|\.)(youtube\.com|youtu\.be|vimeo\.com|media\.ccc\.de|twitch\.tv|dailymotion\.com|wistia\.com|confreaks\.tv|peertube\.\w+)$/;
// Hosts whose `/@name` paths are not fediverse accounts.
const notMastodon = /(^|\.)(medium\.com|youtube\.com|tiktok\.com|threads\.net|figma\.com)$/;

/**
 * What a link points to, from its URL and, for slides and videos, its text.
 * @example linkKind('https://twitter.com/johnfiedler', '@johnfiedler') === 'twitter'
 */
export function linkKind(url: string, text: string): LinkKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return /\bslides?\b|\bdeck\b/i.test(text) ? 'slides' : 'other';
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\.|^m\./, '');
  const path = parsed.pathname;
  if (slideHosts.test(host) || (host === 'docs.google.com' && path.startsWith('/presentation'))) {
    return 'slides';
  }
  if (videoHosts.test(host) || (host.endsWith('infoq.com') && path.includes('/presentations/'))) {
    return 'video';
  }
  if (host === 'twitter.com' || host === 'x.com') return 'twitter';
  if (host.endsWith('linkedin.com')) return 'linkedin';
  if (host === 'github.com' || host === 'gist.github.com') {
    return /\bslides?\b/i.test(text) || /\/slides?\b/i.test(path) ? 'slides' : 'github';
  }
  if (host === 'bsky.app' || host.endsWith('.bsky.social')) return 'bluesky';
  if (/^\/@[\w.]+\/?$/.test(path) && !notMastodon.test(host)) return 'mastodon';
  if (/\bslides?\b|\bdeck\b/i.test(text) || /\.pdf$/i.test(path)) return 'slides';
  if (/\bvideos?\b|\brecording\b/i.test(text)) return 'video';
  return 'other';
}
