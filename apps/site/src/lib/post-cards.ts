import type { PostEntry } from '@confnotes/content/astro';
import { authorNames } from './authors.ts';
import { formatDate, summary } from './format.ts';
import { html } from './html.ts';
import { htmlLang } from './lang.ts';
import { postPath } from './paths.ts';
import { textDir } from './text-dir.ts';

// A post's card shows on the home page, its event's page and each of its tags' pages; a tag
// page can list thousands: each card is written once per build and heading level. Cards are
// kept per post object, so a post the dev server loads again gets a new card.
const cardsOf = new WeakMap<PostEntry, { h2?: string; h3?: string }>();

/** A post as a card: its linked title under a heading, author, date, reading time, summary. */
export function postCard(post: PostEntry, level: 'h2' | 'h3'): string {
  let cards = cardsOf.get(post);
  if (!cards) {
    cards = {};
    cardsOf.set(post, cards);
  }
  let card = cards[level];
  if (card === undefined) {
    const date = post.date
      ? `<time datetime="${html(post.date)}">${html(formatDate(post.date))}</time>`
      : 'undated';
    // The post's own words carry its language, as on its page; the labels stay the site's.
    const lang = htmlLang(post.lang);
    const own = `${lang ? ` lang="${html(lang)}"` : ''}${textDir(post.lang) ? ' dir="rtl"' : ''}`;
    const by = authorNames(post);
    // A post of a code block alone has no words to sum up: no empty paragraph under its title.
    const words = summary(post.description ?? post.excerpt);
    card =
      `<li><${level}><a href="${html(postPath(post.id))}"${own}>${html(post.title)}</a></${level}>` +
      `<p class="muted">${by ? `${html(by)} · ` : ''}${date} · ` +
      // No-break spaces: "10" at the end of a card's line and "min read" on the next read apart.
      `${post.readingMinutes}\u00a0min\u00a0read${post.draft ? ' · draft' : ''}</p>` +
      `${words ? `<p${own}>${html(words)}</p>` : ''}</li>`;
    cards[level] = card;
  }
  return card;
}

/** The `<li>` cards of a list of posts. */
export function postCards(posts: readonly PostEntry[], level: 'h2' | 'h3'): string {
  return posts.map((post) => postCard(post, level)).join('');
}
