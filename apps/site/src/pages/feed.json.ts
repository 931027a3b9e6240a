import { postAuthors } from '@confnotes/content/portable';
import type { APIRoute } from 'astro';
import { FEED_DESCRIPTION, FEED_LANGUAGE } from '../lib/feed-channel.ts';
import { feedDate } from '../lib/feed-date.ts';
import { feedText } from '../lib/feed-text.ts';
import { htmlLang } from '../lib/lang.ts';
import { postPath, sitePath } from '../lib/paths.ts';
import { siteData } from '../lib/site-data.ts';

// Every author: JSON Feed 1.1 lists them, and one who wrote half the post is not left out.
const authorList = (post: Parameters<typeof postAuthors>[0]) => {
  const authors = postAuthors(post).map((a) => ({ name: a.name }));
  return authors.length > 0 ? { authors } : {};
};

/** JSON Feed 1.1 of the 50 latest posts. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'confnotes',
    // As the RSS channel says: a post written in another language names its own.
    description: FEED_DESCRIPTION,
    language: FEED_LANGUAGE,
    home_page_url: new URL(sitePath('/'), site).href,
    feed_url: new URL(sitePath('/feed.json'), site).href,
    items: data.posts.slice(0, 50).map((post) => {
      const summary = post.description ?? post.excerpt;
      return {
        id: new URL(postPath(post.id), site).href,
        url: new URL(postPath(post.id), site).href,
        title: post.title,
        // A post of a code block alone has no words to sum up: no empty summary.
        ...(summary.trim() ? { summary } : {}),
        content_text: feedText(post),
        ...(post.date ? { date_published: feedDate(post.date) } : {}),
        ...(post.updated ? { date_modified: feedDate(post.updated) } : {}),
        ...authorList(post),
        tags: post.tags,
        ...(htmlLang(post.lang) ? { language: htmlLang(post.lang) } : {}),
      };
    }),
  };
  return new Response(JSON.stringify(feed), {
    headers: { 'Content-Type': 'application/feed+json' },
  });
};
