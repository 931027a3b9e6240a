import { postAuthors } from '@confnotes/content/portable';
import type { APIRoute } from 'astro';
import { FEED_DESCRIPTION, FEED_LANGUAGE } from '../lib/feed-channel.ts';
import { feedDate } from '../lib/feed-date.ts';
import { feedHtml } from '../lib/feed-text.ts';
import { htmlLang } from '../lib/lang.ts';
import { postPath, sitePath } from '../lib/paths.ts';
import { siteData } from '../lib/site-data.ts';
import { xml } from '../lib/xml.ts';

// The latest of some dates, each made a complete RFC 3339 date-time as Atom asks.
const newest = (dates: (string | undefined)[]) =>
  dates.flatMap((d) => (d ? [feedDate(d)] : [])).sort((a, b) => Date.parse(b) - Date.parse(a))[0];

/** Atom 1.0 of the 50 latest posts, as RSS gives them, for readers that prefer Atom. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const posts = data.posts.slice(0, 50);
  // Atom asks every feed and entry for the time it last changed. A feed of undated posts only
  // has no such time: the build's is the nearest there is.
  const feedUpdated = newest(posts.flatMap((p) => [p.date, p.updated])) ?? new Date().toISOString();
  const entries = posts.map((post) => {
    const url = xml(new URL(postPath(post.id), site).href);
    const lang = htmlLang(post.lang);
    return [
      `<entry${lang ? ` xml:lang="${xml(lang)}"` : ''}>`,
      `<id>${url}</id>`,
      `<title>${xml(post.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${url}"/>`,
      // An undated post has not changed since the feed last did, as far as anyone knows.
      `<updated>${newest([post.updated, post.date]) ?? feedUpdated}</updated>`,
      post.date ? `<published>${feedDate(post.date)}</published>` : '',
      ...postAuthors(post).map((a) => `<author><name>${xml(a.name)}</name></author>`),
      ...post.tags.map((tag) => `<category term="${xml(tag)}"/>`),
      `<summary type="html">${xml(feedHtml(post))}</summary>`,
      '</entry>',
    ].join('');
  });
  const home = xml(new URL(sitePath('/'), site).href);
  // A post that names no author is the site's: Atom asks for an author of every entry, and an
  // entry without one takes the feed's.
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${FEED_LANGUAGE}">
<id>${home}</id>
<title>confnotes</title>
<subtitle>${xml(FEED_DESCRIPTION)}</subtitle>
<link rel="self" type="application/atom+xml" href="${xml(new URL(sitePath('/atom.xml'), site).href)}"/>
<link rel="alternate" type="text/html" href="${home}"/>
<updated>${feedUpdated}</updated>
<author><name>confnotes</name><uri>${home}</uri></author>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
