import type { Talk } from '@confnotes/content';

/** How a talk is named everywhere: its title, else the label of an untitled session. */
export const talkName = (talk: Pick<Talk, 'title' | 'label'>) =>
  talk.title ?? talk.label ?? 'Untitled session';

const dateFormat = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

// A site names a few hundred distinct days tens of thousands of times (every card, every list):
// formatting each day once keeps list pages cheap.
const formatted = new Map<string, string>();

/** `2015-11-19T08:50:20+01:00` -> `November 19, 2015`, the day as the author wrote it. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return 'undated';
  const day = iso.slice(0, 10);
  let text = formatted.get(day);
  if (text === undefined) {
    text = dateFormat.format(new Date(`${day}T00:00:00Z`));
    formatted.set(day, text);
  }
  return text;
}

/** The date part of an ISO date, for `<time datetime>` and sitemap lastmod. */
export const isoDay = (iso: string) => iso.slice(0, 10);

export const talkKindLabel: Record<Talk['kind'], string> = {
  keynote: 'Keynote',
  'general-session': 'General session',
  talk: 'Talk',
  workshop: 'Workshop',
  panel: 'Panel',
  lightning: 'Lightning talk',
  demo: 'Demo',
  other: 'Session',
};

/** A summary short enough for a card: cut at a word boundary near `max` characters. */
export function summary(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}
