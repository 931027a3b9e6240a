import type { Event, Speaker, Talk } from '@confnotes/content';
import type { PostEntry } from '@confnotes/content/astro';
import { postAuthors } from '@confnotes/content/portable';
import { talkName } from './format.ts';
import { handleLinks } from './handles.ts';
import { htmlLang } from './lang.ts';
import { eventPath, postPath, speakerPath, talkPath } from './paths.ts';
import type { Relations } from './relations.ts';

const person = (s: Speaker, site: URL) => ({
  '@type': 'Person',
  name: s.name,
  url: new URL(speakerPath(s.id), site).href,
  ...(s.affiliation ? { affiliation: { '@type': 'Organization', name: s.affiliation } } : {}),
});

const talkLd = (t: Talk, data: Relations, site: URL) => {
  const performer = t.speakers.flatMap((id) => {
    const s = data.speaker.get(id);
    return s ? [person(s, site)] : [];
  });
  // A talk no post names a speaker for has no performer, not an empty list of them.
  return {
    '@type': 'Event',
    name: talkName(t),
    url: new URL(talkPath(t.id), site).href,
    ...(performer.length > 0 ? { performer } : {}),
  };
};

/**
 * schema.org Event with its talks as `subEvent` and their speakers as `performer`; without
 * them (`talks: false`) where the page lists events, not talks: an event can have hundreds.
 */
export function eventJsonLd(
  event: Event,
  data: Relations,
  site: URL,
  { talks = true }: { talks?: boolean } = {},
): Record<string, unknown> {
  // An event on file before any post reports one of its talks has none to give, not an empty
  // list, which claims it has no sessions at all.
  const subEvent = talks
    ? data.talks.filter((t) => t.event === event.id).map((t) => talkLd(t, data, site))
    : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    url: new URL(eventPath(event.id), site).href,
    ...(event.start ? { startDate: event.start } : {}),
    ...(event.end ? { endDate: event.end } : {}),
    ...(event.location ? { location: { '@type': 'Place', name: event.location } } : {}),
    ...(subEvent.length > 0 ? { subEvent } : {}),
  };
}

/**
 * Where and when a talk was given, as far as its event tells: the event's place, and its day
 * when the event lasted one (on a longer one, which day is not known).
 */
const talkPlaceAndDay = (event: Event | undefined) => ({
  ...(event?.location ? { location: { '@type': 'Place', name: event.location } } : {}),
  ...(event?.start && (!event.end || event.end === event.start) ? { startDate: event.start } : {}),
});

/** schema.org Event for one talk. */
export function talkJsonLd(talk: Talk, data: Relations, site: URL): Record<string, unknown> {
  const event = talk.event ? data.event.get(talk.event) : undefined;
  return {
    '@context': 'https://schema.org',
    ...talkLd(talk, data, site),
    ...talkPlaceAndDay(event),
    // The event's address ties the talk to the event's own description, as a name alone cannot.
    ...(event
      ? {
          superEvent: {
            '@type': 'Event',
            name: event.name,
            url: new URL(eventPath(event.id), site).href,
          },
        }
      : {}),
  };
}

/** One author as a Person, several as a list of them, none as no `author` at all. */
function byline(authors: readonly { name: string }[]): { author?: unknown } {
  const people = authors.map((a) => ({ '@type': 'Person', name: a.name }));
  return people.length === 0 ? {} : { author: people.length === 1 ? people[0] : people };
}

/**
 * schema.org BlogPosting for a post, `about` the event it reports on when it names one: the page
 * says so under its title, and it is what ties a recap to the conference for a search engine.
 * `image` is the picture link previews show (`previewImage`), which search engines ask of an
 * article too.
 */
export function postJsonLd(
  post: PostEntry,
  site: URL,
  event?: Event,
  image?: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    url: new URL(postPath(post.id), site).href,
    ...(post.date ? { datePublished: post.date } : {}),
    ...(post.updated ? { dateModified: post.updated } : {}),
    ...byline(postAuthors(post)),
    ...(post.description || post.excerpt ? { description: post.description ?? post.excerpt } : {}),
    ...(htmlLang(post.lang) ? { inLanguage: htmlLang(post.lang) } : {}),
    // An empty `keywords` claims the post has some; a post without tags gives none.
    ...(post.tags.length > 0 ? { keywords: post.tags.join(', ') } : {}),
    ...(image ? { image } : {}),
    ...(event
      ? {
          about: {
            '@type': 'Event',
            name: event.name,
            url: new URL(eventPath(event.id), site).href,
          },
        }
      : {}),
    wordCount: post.wordCount,
  };
}

/**
 * schema.org Person for a speaker page, with the profiles the page links to as `sameAs`: what
 * tells a search engine which person of that name the page is about.
 */
export function speakerJsonLd(s: Speaker, site: URL): Record<string, unknown> {
  const sameAs = handleLinks(s.handles).map((link) => link.url);
  return {
    '@context': 'https://schema.org',
    ...person(s, site),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}
