import { checkCatalog } from '../query/check-catalog.ts';
import { postAuthors } from '../query/post-authors.ts';
import { postByline } from '../query/post-byline.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { SearchHitType } from './search-hit.ts';

/** What the index holds for one record: searchable fields and what a hit shows. */
export interface SearchDocument {
  /** `type:id`, unique across the three kinds of record. */
  readonly key: string;
  readonly type: SearchHitType;
  readonly id: string;
  readonly title: string;
  /** Names, tags, aliases: short words a reader types, weighted above the body. */
  readonly keywords: string;
  readonly text: string;
  /** The post's language as its front matter gives it (`de`, `pt_BR`); posts only. */
  readonly lang?: string;
  /** What sets the record apart from others of its title (see `SearchHit`'s `context`). */
  readonly context?: string;
}

const join = (parts: readonly (string | null | undefined)[]) =>
  parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' \n');

/**
 * How posts wrote a speaker's name (`@handle`, `Mike`), each once, leaving out the name itself:
 * a snippet would otherwise repeat the title once per post that named them so.
 */
function writtenAs(speaker: Catalog['speakers'][number]): string[] {
  const seen = new Set([speaker.name.toLowerCase()]);
  return speaker.mentions.flatMap(({ text }) => {
    const key = text.toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    return [text];
  });
}

const withContext = <T extends SearchDocument>(doc: T, context: string): T =>
  context === '' ? doc : { ...doc, context };

/** The name a talk is shown by: its title, or the label of an untitled session. */
export function talkDisplayTitle(talk: Catalog['talks'][number]): string {
  return talk.title ?? talk.label ?? 'Untitled session';
}

/**
 * One search document per post, talk and speaker of a catalog.
 * @example searchDocuments(catalog).filter((doc) => doc.type === 'talk').length === catalog.talks.length
 */
export function searchDocuments(catalog: Catalog): SearchDocument[] {
  checkCatalog(catalog);
  const events = new Map(catalog.events.map((event) => [event.id, event.name]));
  const speakers = new Map(catalog.speakers.map((speaker) => [speaker.id, speaker.name]));
  const talkTitles = new Map(catalog.talks.map((talk) => [talk.id, talkDisplayTitle(talk)]));
  const docs: SearchDocument[] = [];
  for (const post of catalog.posts) {
    const doc: SearchDocument = withContext(
      {
        key: `post:${post.id}`,
        type: 'post',
        id: post.id,
        title: post.title,
        keywords: join([
          post.subtitle,
          ...post.tags,
          ...post.categories,
          ...postAuthors(post).map((a) => a.name),
          post.event ? events.get(post.event) : undefined,
          post.description,
        ]),
        text: '',
        ...(post.lang ? { lang: post.lang } : {}),
      },
      postByline(post),
    );
    // Read from the post when the index is made: a post may keep its text out of memory
    // (see `loadCatalog`'s `spillText`), and a copy here would bring it all back.
    docs.push(Object.defineProperty(doc, 'text', { enumerable: true, get: () => post.text }));
  }
  for (const talk of catalog.talks) {
    const event = talk.event ? events.get(talk.event) : undefined;
    const doc: SearchDocument = {
      key: `talk:${talk.id}`,
      type: 'talk',
      id: talk.id,
      title: talkDisplayTitle(talk),
      keywords: join([
        ...talk.altTitles,
        ...talk.speakers.map((id) => speakers.get(id)),
        event,
        talk.kind,
      ]),
      // A sentence that names the talk twice (its title and its label) is one mention each:
      // kept once, as a snippet would otherwise show it twice and rank it higher.
      text: join([...new Set([...talk.takeaways, ...talk.mentions.map((m) => m.sentence)])]),
    };
    // Talks of one name at several events ("Opening keynote") are told apart by it.
    docs.push(withContext(doc, event ?? ''));
  }
  for (const speaker of catalog.speakers) {
    const context = speaker.affiliation ?? speaker.role ?? '';
    const doc: SearchDocument = {
      key: `speaker:${speaker.id}`,
      type: 'speaker',
      id: speaker.id,
      title: speaker.name,
      keywords: join([
        ...speaker.aliases,
        ...Object.values(speaker.handles),
        speaker.affiliation,
        speaker.role,
      ]),
      // Not what the hit's context shows (the affiliation, else the role): a snippet that
      // opened with it said it twice. The keywords still find it.
      text: join([
        context === speaker.role ? undefined : speaker.role,
        ...speaker.talks.map((id) => talkTitles.get(id)),
        ...writtenAs(speaker),
      ]),
    };
    docs.push(withContext(doc, context));
  }
  return docs;
}
