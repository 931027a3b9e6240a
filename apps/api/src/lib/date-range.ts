import { invalidParameter } from '../http/api-error.ts';
import { dateInstant } from './date-order.ts';

const DAY_MS = 86_400_000;

/**
 * Whether a date falls between `since` and `until`, both included: a day without a time is the
 * whole of it (`until=2019-06-30` keeps a post of 2019-06-30T18:00), and every instant is read as
 * the lists sort them (a time without an offset is UTC). An undated record is in no range.
 * Refuses a `since` later than `until`, which no record could fall between.
 * @example inDateRange('2019-01-01', '2019-06-30')('2019-06-30T18:00:00Z') // true
 */
export function inDateRange(
  since: string | undefined,
  until: string | undefined,
): (date: string | null | undefined) => boolean {
  const from = dateInstant(since) ?? Number.NEGATIVE_INFINITY;
  const to =
    until === undefined
      ? Number.POSITIVE_INFINITY
      : dateInstant(until)! + (until.includes('T') ? 0 : DAY_MS - 1);
  if (from > to) {
    throw invalidParameter('since', `since (${since}) is after until (${until}); no date is both`);
  }
  return (date) => {
    const at = dateInstant(date);
    return at !== undefined && at >= from && at <= to;
  };
}
