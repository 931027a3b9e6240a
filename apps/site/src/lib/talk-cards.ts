import type { Talk } from '@confnotes/content';
import { countWhole } from './count.ts';
import { talkKindLabel, talkName } from './format.ts';
import { html } from './html.ts';
import { speakerPath, talkPath } from './paths.ts';

/** What a talk's card needs to know beyond the talk. */
export interface TalkCardData {
  /** The ids of the posts that cover each talk. */
  readonly coverage: ReadonlyMap<string, ReadonlySet<string>>;
  readonly speaker: ReadonlyMap<string, { readonly name: string }>;
  readonly event: ReadonlyMap<string, { readonly name: string }>;
}

// The same talk shows on its speakers' pages, its event's page and the talks index, and a talk
// can have dozens of speakers: each card is written once per build and heading level, rather
// than Astro rendering every speaker link again on every page. Cards are kept per `data`, so
// relations computed again (the dev server after an edit) never meet cards made from old ones.
const cardsOf = new WeakMap<TalkCardData, Map<string, string>>();

/** How a list shows its talks' cards. */
export interface TalkCardOptions {
  /**
   * Marks each talk's name as text the page's search snippets are made from: a speaker's page,
   * whose search record holds the names of their talks but not the cards' kinds and counts.
   */
  readonly searchText?: boolean;
  /**
   * The speaker whose page lists the cards: their name on each card is marked as the page the
   * reader is on, as the menu marks its section; announced as a plain link it read as one more
   * place to go, on every card.
   */
  readonly speaker?: string;
  /**
   * Names the event each talk was given at. Lists that mix events (the talks index, a speaker's
   * page, the home page) need it: talks share titles across editions ("Keynote", "Workshop"),
   * and a card without its event could be any of them. An event's own page leaves it out.
   */
  readonly event?: boolean;
}

/** A talk as a card: its linked name under a heading, kind, event, coverage and linked speakers. */
export function talkCard(
  talk: Talk,
  level: 'h2' | 'h3',
  data: TalkCardData,
  { searchText = false, event: withEvent = true }: TalkCardOptions = {},
): string {
  let cards = cardsOf.get(data);
  if (!cards) {
    cards = new Map();
    cardsOf.set(data, cards);
  }
  const key = `${level}:${searchText}:${withEvent}:${talk.id}`;
  let card = cards.get(key);
  if (card === undefined) {
    const posts = data.coverage.get(talk.id)?.size ?? 0;
    const event = withEvent && talk.event ? data.event.get(talk.event) : undefined;
    const speakers = talk.speakers
      .map(
        (id) => `<a href="${html(speakerPath(id))}">${html(data.speaker.get(id)?.name ?? id)}</a>`,
      )
      .join(', ');
    card =
      `<li><${level}${searchText ? ' data-search-text' : ''}><a href="${html(talkPath(talk.id))}">${html(talkName(talk))}</a></${level}>` +
      `<p class="muted"><span class="kind">${html(talkKindLabel[talk.kind])}</span> ` +
      `${event ? `at ${html(event.name)} · ` : ''}${countWhole(posts, 'post')}</p>` +
      `${speakers ? `<p>${speakers}</p>` : ''}</li>`;
    cards.set(key, card);
  }
  return card;
}

/** The `<li>` cards of a list of talks. */
export function talkCards(
  talks: readonly Talk[],
  level: 'h2' | 'h3',
  data: TalkCardData,
  options: TalkCardOptions = {},
): string {
  const cards = talks.map((talk) => talkCard(talk, level, data, options)).join('');
  if (options.speaker === undefined) return cards;
  // The cards are shared with every page that lists the talk: the mark is put on this page's copy.
  const own = `<a href="${html(speakerPath(options.speaker))}">`;
  return cards.replaceAll(own, `${own.slice(0, -1)} aria-current="page">`);
}
