import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture/catalog.ts';
import { type EntryDigests, type PageKeys, pageKeys } from './page-keys.ts';
import { relate } from './relations.ts';

const dayTwo = '2015-11-19-dockercon-eu-2015-day-two';
const partTwo = 'impressions-from-dockercon-2015-part-2';
const event = 'dockercon-eu-2015';

const relations = () =>
  relate({
    posts: fixtureCatalog.posts.map(({ html: _h, body: _b, ...post }) => post),
    talks: fixtureCatalog.talks,
    speakers: fixtureCatalog.speakers,
    events: fixtureCatalog.events,
  });

// Every entry at digest `1`, but those named in `changed` (`talks/<id>`), at digest `2`.
function digests(...changed: string[]): EntryDigests {
  const of = (kind: string, records: readonly { id: string }[]) =>
    new Map(records.map((r) => [r.id, changed.includes(`${kind}/${r.id}`) ? '2' : '1']));
  return {
    posts: of('posts', fixtureCatalog.posts),
    talks: of('talks', fixtureCatalog.talks),
    speakers: of('speakers', fixtureCatalog.speakers),
    events: of('events', fixtureCatalog.events),
  };
}

// Every page's key, by its path.
function allKeys(keys: PageKeys): Map<string, string | undefined> {
  const data = relations();
  return new Map([
    ...data.posts.map((p) => [`/posts/${p.id}/`, keys.post(p.id)] as const),
    ...data.talks.map((t) => [`/talks/${t.id}/`, keys.talk(t.id)] as const),
    ...data.speakers.map((s) => [`/speakers/${s.id}/`, keys.speaker(s.id)] as const),
    ...data.events.map((e) => [`/events/${e.id}/`, keys.event(e.id)] as const),
    ...[...data.tags.keys()].map((t) => [`/tags/${t}/`, keys.tag(t)] as const),
  ]);
}

/** The pages whose keys differ between two sets of digests. */
function rendered(before: EntryDigests, after: EntryDigests, data = relations()): string[] {
  const a = allKeys(pageKeys(relations(), before));
  const b = allKeys(pageKeys(data, after));
  return [...b].filter(([path, key]) => a.get(path) !== key).map(([path]) => path);
}

describe('pageKeys', () => {
  it('gives every page the same key while nothing changes', () => {
    expect(rendered(digests(), digests())).toEqual([]);
  });

  it('renders again the pages that show a changed talk, and only those', () => {
    const pages = rendered(digests(), digests('talks/running-docker-in-production'));
    expect(pages.sort()).toEqual(
      [
        `/posts/${dayTwo}/`,
        '/talks/running-docker-in-production/',
        '/speakers/john-fiedler/',
        `/events/${event}/`,
      ].sort(),
    );
  });

  it('renders again the pages of a changed post: its talks, speakers, event and tags', () => {
    const pages = rendered(digests(), digests(`posts/${partTwo}`));
    expect(pages).toContain(`/posts/${partTwo}/`);
    expect(pages).toContain('/talks/persistent-stateful-services/');
    expect(pages).toContain('/speakers/michael-neale/');
    expect(pages).toContain(`/events/${event}/`);
    expect(pages).toContain('/tags/development/');
    // A page that shows nothing of that post stays as it was.
    expect(pages).not.toContain(`/posts/${dayTwo}/`);
    expect(pages).not.toContain('/talks/running-docker-in-production/');
    expect(pages).not.toContain('/speakers/john-fiedler/');
  });

  it("renders again a post's page when a speaker of one of its talks changes, though the post names them nowhere", () => {
    // A talk's speakers can come from another post; the side panel names them beside a talk
    // whose title another talk of the post shares.
    const data = relations();
    const [first, ...rest] = data.talksOfPost.get(dayTwo)!;
    const named = new Set(data.speakersOfPost.get(dayTwo)!.map((s) => s.speaker.id));
    const elsewhere = data.speakers.find((s) => !named.has(s.id))!.id;
    const talk = { ...first!.talk, speakers: [...first!.talk.speakers, elsewhere] };
    data.talksOfPost.set(dayTwo, [{ ...first!, talk }, ...rest]);
    const before = pageKeys(data, digests()).post(dayTwo);
    expect(pageKeys(data, digests(`speakers/${elsewhere}`)).post(dayTwo)).not.toBe(before);
  });

  it("renders again every post's page when a file of static/ comes or goes, and no other page", () => {
    const data = relations();
    const [post] = data.posts;
    const [talk] = data.talks;
    const before = pageKeys(data, digests(), ['images/a.jpg']);
    const after = pageKeys(data, digests(), ['images/a.jpg', 'images/b.jpg']);
    expect(after.post(post!.id)).not.toBe(before.post(post!.id));
    expect(after.talk(talk!.id)).toBe(before.talk(talk!.id));
    expect(pageKeys(data, digests(), ['images/a.jpg']).post(post!.id)).toBe(before.post(post!.id));
  });

  it('renders again the page of a talk when another talk takes or leaves its title', () => {
    const data = relations();
    const [a, b] = data.talks;
    const before = pageKeys(data, digests()).talk(a!.id);
    const renamed = { ...b!, title: a!.title, label: a!.label };
    data.talks = data.talks.map((t) => (t === b ? renamed : t));
    data.talk.set(b!.id, renamed);
    expect(pageKeys(data, digests(`talks/${b!.id}`)).talk(a!.id)).not.toBe(before);
  });

  it('renders again a tag page when a post leaves it, though no digest it held changed', () => {
    const data = relations();
    data.tags.get('docker')!.posts.pop();
    expect(rendered(digests(), digests(), data)).toEqual(['/tags/docker/']);
  });

  it("renders again a post's page when the article one of its links names comes, goes or is renamed", () => {
    const data = relations();
    const [from, to] = data.posts;
    const file = to!.source.path.split('/').pop()!;
    const linking = {
      ...from!,
      links: [{ url: file, text: 'x', line: 9, column: 1, kind: 'other' as const }],
    };
    data.post.set(from!.id, linking);
    const withTarget = pageKeys(data, digests()).post(from!.id);
    expect(data.articleLink(linking, file)?.post.id).toBe(to!.id);
    expect(pageKeys(data, digests()).post(from!.id)).toBe(withTarget);
    // Every digest as it was, but the article the link names is gone, or another post now.
    const gone = { ...data, articleLink: () => undefined };
    expect(pageKeys(gone, digests()).post(from!.id)).not.toBe(withTarget);
    const renamed = {
      ...data,
      articleLink: () => ({ post: { ...to!, id: 'renamed' }, fragment: '' }),
    };
    expect(pageKeys(renamed, digests()).post(from!.id)).not.toBe(withTarget);
  });
});
