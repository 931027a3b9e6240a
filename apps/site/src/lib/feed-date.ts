// Posts keep their date as written: a day alone, or a time without seconds or offset. Feed
// readers parse RFC 3339 (JSON Feed, Atom) and RFC 822 (RSS) strictly, so feeds complete it.

const parts = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A post's date as an RFC 3339 date-time: a day alone is its midnight, a time without seconds
 * gets `:00`, and one without an offset is read as UTC, as the site reads the day it names.
 * @example feedDate('2015-11-19') === '2015-11-19T00:00:00Z'
 */
export function feedDate(date: string): string {
  const match = parts.exec(date);
  if (!match) return date;
  const [, day, time = '00:00', seconds = ':00', offset = 'Z'] = match;
  return `${day}T${time}${seconds}${offset}`;
}

/** A post's date for RSS `pubDate`, the same instant whatever time zone the build runs in. */
export const rssDate = (date: string) => new Date(feedDate(date)).toUTCString();
