/**
 * The instant an ISO date names, in milliseconds, to order records by: the text of
 * `2016-03-01T23:30:00+09:00` sorts after `2016-03-01T10:00:00-05:00`, though it is half an hour
 * earlier. A date without a time is the start of its day and a time without an offset is read
 * as UTC, so the order never depends on the server's time zone.
 * @example dateInstant('2016-03-01T10:00:00-05:00') // 1456844400000
 */
export function dateInstant(date: string | null | undefined): number | undefined {
  if (!date) return undefined;
  const zoned = !date.includes('T') || /(Z|[+-]\d{2}:\d{2})$/.test(date);
  const time = Date.parse(zoned ? date : `${date}Z`);
  return Number.isNaN(time) ? undefined : time;
}
