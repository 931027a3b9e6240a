import { linkKind } from '../parse/link-kind.ts';
import type { LinkKind } from '../schema/post.ts';
import { Remembered } from './remembered.ts';

export interface UrlClass {
  readonly kind: LinkKind;
  /** The account name for profile links (twitter, github, linkedin, mastodon, bluesky). */
  readonly handle?: string;
}

const NOT_ACCOUNTS = new Set([
  'share',
  'intent',
  'search',
  'hashtag',
  'home',
  'i',
  'orgs',
  'sponsors',
  'topics',
  'about',
  'login',
  'in',
  'company',
  'profile',
]);

/** Path segments, with the `#!/` of old Twitter links folded in. */
function segments(url: URL): string[] {
  const path = /^#(!|%21)\//.test(url.hash) ? url.hash.replace(/^#(!|%21)/, '') : url.pathname;
  return path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

function account(name: string | undefined): string | undefined {
  return name && !NOT_ACCOUNTS.has(name.toLowerCase()) && /^@?[\w.-]{1,60}$/.test(name)
    ? name
    : undefined;
}

function handleOf(kind: LinkKind, url: URL): string | undefined {
  const seg = segments(url);
  switch (kind) {
    case 'twitter':
    case 'github':
      return seg.length === 1 ? account(seg[0]) : undefined;
    case 'linkedin':
      return seg[0] === 'in' && seg.length === 2 ? account(seg[1]) : undefined;
    case 'bluesky':
      return seg[0] === 'profile'
        ? account(seg[1])
        : url.hostname.endsWith('.bsky.social')
          ? url.hostname
          : undefined;
    case 'mastodon':
      return seg.length === 1 && account(seg[0])
        ? `${seg[0]}@${url.hostname.replace(/^www\./, '')}`
        : undefined;
    default:
      return undefined;
  }
}

/**
 * Classifies a link as the post model does (`linkKind`), and reads the account name of
 * profile links: a link to a repository or a tweet is not a profile.
 * @example classifyUrl('https://twitter.com/johnfiedler') // { kind: 'twitter', handle: 'johnfiedler' }
 */
export function classifyUrl(href: string, text = ''): UrlClass {
  // Patterns ask about the same links again and again, and parsing a URL is dear: links
  // without text are answered once (a copy each time, so a caller may keep or change it).
  if (text !== '') return classifyOnce(href, text);
  const known = classified.answer(href, classifyBare);
  return known.handle === undefined
    ? { kind: known.kind }
    : { kind: known.kind, handle: known.handle };
}

const classified = new Remembered<UrlClass>(4096);

const classifyBare = (href: string) => classifyOnce(href, '');

function classifyOnce(href: string, text: string): UrlClass {
  const kind = linkKind(href, text);
  if (!PROFILE_KINDS.has(kind)) return { kind };
  try {
    const handle = handleOf(kind, new URL(href));
    return handle ? { kind, handle } : { kind: 'other' };
  } catch {
    return { kind: 'other' };
  }
}

/** Profile kinds: a link of one of these kinds beside a name is that person's account. */
export const PROFILE_KINDS: ReadonlySet<LinkKind> = new Set([
  'twitter',
  'github',
  'linkedin',
  'mastodon',
  'bluesky',
]);
