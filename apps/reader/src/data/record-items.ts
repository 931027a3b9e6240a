import { postByline } from '@confnotes/content/portable';
import { type CatalogIndex, talkTitle } from './catalog-index.ts';

/** What a record screen shows about a talk, a speaker or an event. */
export type RecordKind = 'talk' | 'speaker' | 'event';

/** A selectable line of a record screen: where Enter (or `o` for a URL) leads. */
export type Item =
  | {
      readonly kind: 'talk' | 'speaker' | 'event';
      readonly id: string;
      readonly label: string;
      readonly detail?: string;
    }
  | {
      readonly kind: 'post';
      readonly id: string;
      readonly label: string;
      readonly detail?: string;
      /** Line of the post's file the mention is on, to open the post there. */
      readonly line?: number;
      /** The mention's text, to highlight it. */
      readonly text?: string;
    }
  | { readonly kind: 'url'; readonly id: string; readonly label: string; readonly detail?: string };

export type Section = { readonly title: string; readonly items: readonly Item[] };

export type RecordView = {
  readonly title: string;
  /** Facts shown under the title, one per line. */
  readonly facts: readonly string[];
  readonly sections: readonly Section[];
};

/**
 * A post as an item: its title and byline. Recaps of one event often share their title ("DockerCon
 * 2017: a recap"), and an item must say which of them it opens.
 */
function postTitle(index: CatalogIndex, id: string): string {
  const post = index.posts.get(id);
  if (!post) return id;
  const byline = postByline(post);
  return byline ? `${post.title} (${byline})` : post.title;
}

/** The title, facts and linked items of a talk, speaker or event, or undefined if unknown. */
export function recordView(
  index: CatalogIndex,
  kind: RecordKind,
  id: string,
): RecordView | undefined {
  switch (kind) {
    case 'talk': {
      const talk = index.talks.get(id);
      if (!talk) return undefined;
      const event = talk.event ? index.events.get(talk.event) : undefined;
      return {
        title: talkTitle(talk),
        facts: [
          [talk.kind, event?.name].filter(Boolean).join(' · '),
          ...(talk.altTitles.length ? [`also known as: ${talk.altTitles.join('; ')}`] : []),
          ...talk.takeaways.map((t) => `- ${t}`),
        ],
        sections: [
          {
            title: 'Speakers',
            items: (index.shared.speakersByTalk.get(id) ?? []).map((speaker) => ({
              kind: 'speaker' as const,
              id: speaker.id,
              label: speaker.name,
            })),
          },
          {
            title: 'Mentioned in',
            items: talk.mentions.map((m) => ({
              kind: 'post' as const,
              id: m.post,
              label: postTitle(index, m.post),
              detail: m.sentence,
              line: m.line,
              text: m.text,
            })),
          },
          {
            title: 'Links',
            items: talk.links.map((l) => ({
              kind: 'url' as const,
              id: l.url,
              label: `${l.kind}: ${l.url}`,
            })),
          },
          ...(event
            ? [
                {
                  title: 'Event',
                  items: [{ kind: 'event' as const, id: event.id, label: event.name }],
                },
              ]
            : []),
        ],
      };
    }
    case 'speaker': {
      const speaker = index.speakers.get(id);
      if (!speaker) return undefined;
      const handles = Object.entries(speaker.handles).filter(([, v]) => v) as [string, string][];
      return {
        title: speaker.name,
        facts: [
          [speaker.role, speaker.affiliation].filter(Boolean).join(', '),
          ...(speaker.aliases.length ? [`also written: ${speaker.aliases.join(', ')}`] : []),
        ].filter(Boolean),
        sections: [
          {
            title: 'Talks',
            items: (index.shared.talksBySpeaker.get(id) ?? []).map((talk) => ({
              kind: 'talk' as const,
              id: talk.id,
              label: talkTitle(talk),
            })),
          },
          {
            title: 'Mentioned in',
            items: speaker.mentions.map((m) => ({
              kind: 'post' as const,
              id: m.post,
              label: postTitle(index, m.post),
              // What the post said of them; the name as it was written, where that is not the
              // name and the sentence does not show it (a name in a heading quotes the paragraph
              // under it).
              detail:
                sameName(m.text, speaker.name) || m.sentence.includes(m.text)
                  ? m.sentence
                  : `as “${m.text}”: ${m.sentence}`,
              line: m.line,
              text: m.text,
            })),
          },
          {
            title: 'Links',
            items: handles.map(([kind, value]) => ({
              kind: 'url' as const,
              id: handleUrl(kind, value),
              label: `${kind}: ${value}`,
            })),
          },
        ],
      };
    }
    case 'event': {
      const event = index.events.get(id);
      if (!event) return undefined;
      return {
        title: event.name,
        facts: [
          [event.location, [event.start, event.end].filter(Boolean).join(' to ')]
            .filter(Boolean)
            .join(' · '),
        ],
        sections: [
          {
            title: 'Talks',
            items: (index.shared.talksByEvent.get(id) ?? []).map((talk) => ({
              kind: 'talk' as const,
              id: talk.id,
              label: talkTitle(talk),
            })),
          },
          {
            title: 'Posts',
            items: (index.shared.postsByEvent.get(id) ?? []).map((post) => ({
              kind: 'post' as const,
              id: post.id,
              label: postTitle(index, post.id),
            })),
          },
          {
            title: 'Links',
            items: event.url ? [{ kind: 'url' as const, id: event.url, label: event.url }] : [],
          },
        ],
      };
    }
    default:
      return kind satisfies never;
  }
}

/** A handle as a URL: `@name` on Twitter, a GitHub login... left alone when already a URL. */
function handleUrl(kind: string, value: string): string {
  if (/^https?:\/\//.test(value)) return value;
  const name = value.replace(/^@/, '');
  switch (kind) {
    case 'twitter':
      return `https://twitter.com/${name}`;
    case 'github':
      return `https://github.com/${name}`;
    case 'linkedin':
      return `https://www.linkedin.com/in/${name}`;
    case 'bluesky':
      return `https://bsky.app/profile/${name}`;
    default:
      return value;
  }
}

/** The items of every section, in display order: what the cursor moves through. */
export function flatItems(view: RecordView): Item[] {
  return view.sections.flatMap((s) => s.items);
}

const nameKey = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);
