import type { APIRoute } from 'astro';
import { isoDay } from '../lib/format.ts';
import { eventPath, postPath, sitePath, speakerPath, talkPath } from '../lib/paths.ts';
import { siteData } from '../lib/site-data.ts';
import { tagPath } from '../lib/tag-path.ts';
import { xml } from '../lib/xml.ts';

// The newest day among the dates: a speaker's or a tag's page can show thousands of posts.
function latest(dates: Iterable<string | undefined>): string | undefined {
  let newest: string | undefined;
  for (const date of dates) {
    if (!date) continue;
    const day = isoDay(date);
    if (newest === undefined || day > newest) newest = day;
  }
  return newest;
}

// A post changed since it was published last changed then: search engines read it again.
const changed = (post: { date?: string; updated?: string } | undefined) =>
  post && latest([post.date, post.updated]);

/** Every page, each with the day the newest post it shows last changed, as `lastmod`. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const dateOf = (postIds: Iterable<string>) =>
    latest([...postIds].map((id) => changed(data.post.get(id))));
  const newest = latest(data.posts.map(changed));
  const pages: [string, string | undefined][] = [
    [sitePath('/'), newest],
    [sitePath('/posts/'), newest],
    [sitePath('/talks/'), newest],
    [sitePath('/speakers/'), newest],
    [sitePath('/events/'), newest],
    [sitePath('/tags/'), newest],
    [sitePath('/search/'), newest],
    ...data.posts.map((p): [string, string | undefined] => [postPath(p.id), changed(p)]),
    ...data.talks.map((t): [string, string | undefined] => [
      talkPath(t.id),
      dateOf(data.coverage.get(t.id) ?? []),
    ]),
    ...data.speakers.map((s): [string, string | undefined] => [
      speakerPath(s.id),
      dateOf((data.postsOfSpeaker.get(s.id) ?? []).map((p) => p.id)),
    ]),
    ...data.events.map((e): [string, string | undefined] => [
      eventPath(e.id),
      latest(data.posts.filter((p) => p.event === e.id).map(changed)),
    ]),
    ...[...data.tags.values()].map(({ tag, posts }): [string, string | undefined] => [
      tagPath(tag),
      latest(posts.map(changed)),
    ]),
  ];
  const urls = pages.map(
    ([path, lastmod]) =>
      `<url><loc>${xml(new URL(path, site).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
