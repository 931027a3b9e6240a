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

/**
 * When an event ran: `November 16 – 17, 2015` for two days of one month, one date for one day
 * or when only the start is known, `until` the end when only it is; empty when neither is.
 * Every page that names an event's dates writes them this way.
 */
export function formatDateRange(start: string | undefined, end: string | undefined): string {
  if (start && end) {
    const [a, b] = [start, end].map((d) => new Date(`${d.slice(0, 10)}T00:00:00Z`));
    // A range written backwards is shown as written rather than thrown on.
    const range =
      a! <= b! ? dateFormat.formatRange(a!, b!) : `${formatDate(start)} – ${formatDate(end)}`;
    // Intl sets the dash between thin spaces, where a narrow card broke the line: no-break ones,
    // and a word joiner after the dash, after which a line may otherwise still end.
    return range.replace(/[\u2009 ]–[\u2009 ]/, '\u202f–\u2060\u202f');
  }
  if (start) return formatDate(start);
  return end ? `until ${formatDate(end)}` : '';
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
