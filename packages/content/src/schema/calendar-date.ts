/** Whether the calendar has this day: no month 13, no February 30. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * Whether an ISO 8601 date or date-time names a real day and a time a clock shows (hours to 23,
 * minutes and seconds to 59), and its offset is one the world uses (within ±14:00). Text that
 * is not ISO-shaped passes: the shape is checked on its own, and reported on its own.
 * @example isRealIsoDate('2015-02-30') // false
 */
export function isRealIsoDate(text: string): boolean {
  const parts = ISO_PARTS.exec(text);
  if (!parts) return true;
  const [, y, mo, d, h, mi, s] = parts;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return false;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return false;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(text.slice(10));
  return !offset || Number(offset[2]) * 60 + Number(offset[3]) <= 14 * 60;
}
