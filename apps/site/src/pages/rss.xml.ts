import { postAuthors } from '@confnotes/content/portable';
import type { APIRoute } from 'astro';
import { FEED_DESCRIPTION, FEED_LANGUAGE } from '../lib/feed-channel.ts';
import { rssDate } from '../lib/feed-date.ts';
import { feedHtml } from '../lib/feed-text.ts';
import { htmlLang } from '../lib/lang.ts';
import { postPath, sitePath } from '../lib/paths.ts';
import { siteData } from '../lib/site-data.ts';
import { xml } from '../lib/xml.ts';

/** RSS 2.0 of the 50 latest posts, with the excerpt as description. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const items = data.posts.slice(0, 50).map((post) => {
    const url = new URL(postPath(post.id), site).href;
    return [
      '<item>',
      `<title>${xml(post.title)}</title>`,
      `<link>${xml(url)}</link>`,
      `<guid isPermaLink="true">${xml(url)}</guid>`,
      post.date ? `<pubDate>${rssDate(post.date)}</pubDate>` : '',
      ...postAuthors(post).map((a) => `<dc:creator>${xml(a.name)}</dc:creator>`),
      // The channel's language is the site's; a post written in another says so itself.
      htmlLang(post.lang) ? `<dc:language>${xml(htmlLang(post.lang)!)}</dc:language>` : '',
      ...post.tags.map((tag) => `<category>${xml(tag)}</category>`),
      `<description>${xml(feedHtml(post))}</description>`,
      '</item>',
    ].join('');
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>confnotes</title>
<link>${xml(new URL(sitePath('/'), site).href)}</link>
<atom:link href="${xml(new URL(sitePath('/rss.xml'), site).href)}" rel="self" type="application/rss+xml"/>
<description>${xml(FEED_DESCRIPTION)}</description>
<language>${FEED_LANGUAGE}</language>
${items.join('\n')}
</channel>
</rss>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
