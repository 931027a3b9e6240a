import { Catalog } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog, HOSTILE, makePost } from '../../test/fixture-catalog.ts';
import { harness } from '../../test/harness.ts';

const { get, catalog } = await harness();
const ids = (body: { data: { id: string }[] }) => body.data.map((post) => post.id);

describe('GET /api/posts', () => {
  it('lists posts newest first, without bodies, 20 to a page by default', async () => {
    const { body, res } = await get('/api/posts');
    expect(body.data).toHaveLength(20);
    expect(body.meta).toMatchObject({ total: catalog.posts.length, limit: 20, page: 1 });
    expect(body.data[0]).not.toHaveProperty('html');
    expect(body.data[0]).not.toHaveProperty('body');
    const dates = body.data.map((post: { date?: string }) => post.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const last = Math.ceil(catalog.posts.length / 20);
    expect(res.headers.get('link')).toBe(`<?page=2>; rel="next", <?page=${last}>; rel="last"`);
  });

  it('filters by tag (any case), event, speaker and year', async () => {
    const tagged = await get('/api/posts?tag=DOCKER&limit=100');
    expect(tagged.body.meta.total).toBe(
      catalog.posts.filter((p) => p.tags.some((t) => t.toLowerCase() === 'docker')).length,
    );
    // An event's posts: those that say so, and those that mention a talk given there.
    const event = await get('/api/posts?event=kubecon-2016&limit=100');
    expect(event.body.data.map((p: { id: string }) => p.id).sort()).toEqual(
      [
        ...catalog.posts.filter((p) => p.event === 'kubecon-2016').map((p) => p.id),
        HOSTILE.unicodeId,
      ].sort(),
    );
    // post-2 and post-4 mention John's talks; nothing else names him.
    expect(ids((await get('/api/posts?speaker=john-fiedler&sort=title')).body)).toEqual([
      'post-2',
      'post-4',
    ]);
    const year = await get('/api/posts?year=2016&limit=100');
    expect(year.body.data.every((p: { date?: string }) => p.date?.startsWith('2016'))).toBe(true);
    expect(year.body.meta.total).toBeGreaterThan(0);
  });

  it('combines filters and free text, best match first', async () => {
    const { body } = await get('/api/posts?q=volumes&event=kubecon-2016&limit=100');
    expect(body.meta.total).toBeGreaterThan(0);
    for (const post of body.data) {
      expect(post.event).toBe('kubecon-2016');
      expect(post.title).toMatch(/Docker volumes/);
    }
  });

  it('answers an empty page past the end, with no next link', async () => {
    const { body, res } = await get('/api/posts?page=999');
    expect(body.data).toEqual([]);
    expect(body.meta.next).toBeNull();
    expect(res.headers.get('link')).toContain('rel="prev"');
  });

  it('orders by the instant a date names, whatever its offset', async () => {
    // 23:30 in Tokyo is 14:30 UTC, half an hour before 10:00 in New York: later as text only.
    const zoned = await harness(
      Catalog.parse({
        version: 1,
        events: [],
        posts: [
          makePost('tokyo', { date: '2016-03-01T23:30:00+09:00' }),
          makePost('new-york', { date: '2016-03-01T10:00:00-05:00' }),
          makePost('that-day', { date: '2016-03-01' }),
        ],
        talks: [],
        speakers: [],
        diagnostics: [],
      }),
    );
    expect(ids((await zoned.get('/api/posts')).body)).toEqual(['new-york', 'tokyo', 'that-day']);
    expect(ids((await zoned.get('/api/posts?sort=date')).body)).toEqual([
      'that-day',
      'tokyo',
      'new-york',
    ]);
  });

  it('selects fields', async () => {
    const { body } = await get('/api/posts?fields=title&limit=1');
    expect(Object.keys(body.data[0]).sort()).toEqual(['id', 'title']);
  });
});

describe('GET /api/posts?since=&until=', () => {
  it('lists the posts dated between two days, both whole', async () => {
    const { status, body } = await get('/api/posts?since=2016-02-01&until=2016-02-29&limit=100');
    expect(status).toBe(200);
    const expected = catalog.posts
      .filter((p) => !p.draft && p.date && p.date >= '2016-02-01' && p.date <= '2016-02-29')
      .map((p) => p.id);
    expect(expected).toContain(HOSTILE.unicodeId);
    expect(ids(body).sort()).toEqual(expected.sort());
    const since = await get('/api/posts?since=2017-01-01&limit=100');
    expect(since.body.meta.total).toBe(
      catalog.posts.filter((p) => !p.draft && p.date && p.date >= '2017').length,
    );
  });

  it('refuses a date that is none, or a since after until', async () => {
    const bad = await get('/api/posts?since=2019-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      details: { parameter: 'since' },
      message: 'since must be a date, as 2019-06-30 or 2019-06-30T18:00:00+02:00; got "2019-02-30"',
    });
    const crossed = await get('/api/posts?since=2020-01-01&until=2019-01-01');
    expect(crossed.status).toBe(400);
    expect(crossed.body.error.message).toMatch(/is after until/);
  });
});

describe('GET /api/posts?author=', () => {
  it("lists an author's posts, any case, the posts of several authors included", async () => {
    const written = fixtureCatalog();
    const [first, second] = written.posts.filter((post) => !post.draft);
    first!.author = { name: 'Ann Lee' };
    second!.author = { name: 'Bo Li' };
    second!.authors = [{ name: 'Bo Li' }, { name: 'Ann Lee' }];
    const authored = await harness(written);
    const of = async (query: string) =>
      ids((await authored.get(`/api/posts?${query}`)).body).sort();
    expect(await of('author=ann%20lee')).toEqual([first!.id, second!.id].sort());
    expect(await of('author=Bo%20Li')).toEqual([second!.id]);
    expect(await of('author=bo-li')).toEqual([second!.id]);
    expect(await of('author=Ann')).toEqual([]);
  });
});

describe('GET /api/posts?include=event', () => {
  it("embeds the page's events once each, in the order its posts name them", async () => {
    const { status, body } = await get('/api/posts?limit=6&include=event&fields=id,event');
    expect(status).toBe(200);
    const named = body.data.map((p: { event?: string | null }) => p.event).filter(Boolean);
    expect(named.length).toBeGreaterThan(2);
    expect(body.included.events.map((e: { id: string }) => e.id)).toEqual([...new Set(named)]);
    expect(body.included.events[0].name).toMatch(/Con/);
    const refused = await get('/api/posts?include=talks');
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toMatchObject({ parameter: 'include', allowed: ['event'] });
  });
});

describe('GET /api/posts/{id}', () => {
  it('renders the body as HTML by default, or Markdown, or text', async () => {
    const post = catalog.posts[0]!;
    const html = await get(`/api/posts/${post.id}`);
    expect(html.body.data).toMatchObject({ format: 'html', content: post.html });
    const markdown = await get(`/api/posts/${post.id}?format=markdown`);
    expect(markdown.body.data).toMatchObject({ format: 'markdown', content: post.body });
    const text = await get(`/api/posts/${post.id}?format=text`);
    expect(text.body.data.content).toBe(post.text);
    const bad = await get(`/api/posts/${post.id}?format=pdf`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.allowed).toEqual(['html', 'markdown', 'text']);
  });

  it('embeds the talks, speakers and event of a post', async () => {
    const { body } = await get('/api/posts/post-2?include=talks,speakers,event');
    expect(body.included.talks.map((t: { id: string }) => t.id)).toEqual([
      'docker-in-production',
      'stateful',
    ]);
    expect(body.included.speakers.map((s: { id: string }) => s.id)).toEqual([
      'john-fiedler',
      'michael-neale',
    ]);
    expect(body.included.event.id).toBe('dockercon-eu-2015');
  });

  it('serves hostile strings as JSON data, escaped, never as markup', async () => {
    const { res, body } = await get(`/api/posts/${HOSTILE.protoId}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body.data.title).toBe(HOSTILE.script);
    expect(body.data.content).toContain(HOSTILE.nul);
    const slash = await get(`/api/posts/${encodeURIComponent(HOSTILE.slashId)}`);
    expect(slash.body.data.title).toBe('Slash id');
  });
});
