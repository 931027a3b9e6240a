import { isRealDate, isRealIsoDate } from '../schema/calendar-date.ts';
import { numericMonthDate } from './month-name-date.ts';

// Offsets of the zone abbreviations blogs write after a time (`2025-09-24 08:00 MDT`).
const zones: Record<string, string> = {
  UTC: 'Z',
  GMT: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  AEST: '+10:00',
  AEDT: '+11:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  JST: '+09:00',
};

// An offset may follow `UTC` or `GMT`, as Nikola writes it (`2016-05-30 10:00:00 UTC+02:00`),
// and give hours only (`+01`), as ISO 8601 allows. A time may be on the 12-hour clock
// (`10:00 PM`, `9:30 a.m.`), as Ruby reads it for Jekyll.
const pattern =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:\s*([ap])\.?m\.?(?![a-z]))?)?\s*(Z|(?:UTC|GMT)?[+-]\d{2}(?::?\d{2})?|[A-Z]{1,4})?$/i;

/** The hour of the 24-hour clock that `hour` and `meridiem` (`a` or `p`) give; undefined if none. */
function hourOfDay(hour: string, meridiem: string | undefined): string | undefined {
  if (meridiem === undefined) return hour;
  const h = Number(hour);
  if (h < 1 || h > 12) return undefined;
  return String((h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0));
}

const pad = (n: string) => n.padStart(2, '0');
const dayOf = (m: RegExpExecArray) => [Number(m[1]), Number(m[2]), Number(m[3])] as const;

/**
 * Turns the dates blog engines write into ISO 8601 (`2015-11-19`, `2015-11-19T08:50:20+01:00`),
 * keeping the written offset; a month may be named (`Nov 19, 2015`, `19 November 2015`). Returns undefined for text that is not a real calendar date.
 * @example normalizeDate('2017-10-22 15:35:13 UTC') === '2017-10-22T15:35:13Z'
 */
export function normalizeDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    // smol-toml's TomlDate keeps the written form (offset, or date only) in toISOString().
    return normalizeDate(value.toISOString());
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const match = pattern.exec(numericMonthDate(text) ?? text);
  if (!match) return undefined;
  const [, y, mo, d, written, mi, s, frac, meridiem, zone] = match;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return undefined;
  const date = `${y}-${pad(mo!)}-${pad(d!)}`;
  if (written === undefined) return zone ? undefined : date;
  const h = hourOfDay(written, meridiem);
  if (h === undefined) return undefined;
  let offset = '';
  if (zone) {
    const named = zones[zone.toUpperCase()];
    const numeric = /^(?:UTC|GMT)?([+-]\d{2}):?(\d{2})?$/i.exec(zone);
    if (named) offset = named;
    else if (numeric) offset = `${numeric[1]}:${numeric[2] ?? '00'}`;
    else return undefined;
  }
  const iso = `${date}T${pad(h)}:${mi}${s === undefined ? '' : `:${s}${frac && !/^\.0+$/.test(frac) ? frac : ''}`}${offset}`;
  // A clock that shows no such time (25:00), or an offset no place uses (`+23:00`), is not
  // when the post was written.
  return isRealIsoDate(iso) ? iso : undefined;
}

/**
 * Why `normalizeDate` refuses a value, as the end of a sentence about it: an impossible day,
 * an order of day and month that cannot be told, a number, or a form it does not read.
 * @example dateProblem('2015-02-30') === 'is not a real calendar date'
 */
export function dateProblem(value: unknown): string {
  const noDay = 'gives no day: write the whole date, as in 2015-11-19';
  if (typeof value === 'number')
    return /^\d{4}$/.test(String(value))
      ? noDay
      : 'is a number, not a date: confnotes does not read timestamps';
  if (typeof value !== 'string' && !(value instanceof Date)) return 'is not text';
  const text = typeof value === 'string' ? value.trim() : value.toISOString();
  if (/^\d{4}(?:[-/]\d{1,2})?$/.test(text)) return noDay;
  const match = pattern.exec(numericMonthDate(text) ?? text);
  if (match?.[4] === undefined && match?.[9] !== undefined && isRealDate(...dayOf(match)))
    return 'has a time zone but no time: give the time too, or leave the zone out';
  const zone = match?.[9];
  if (zone && /^[a-z]+$/i.test(zone) && !zones[zone.toUpperCase()])
    return `names a time zone, ${zone}, that confnotes does not know (some abbreviations mean several): write its offset instead, as in 2015-11-19T10:00:00+05:30`;
  if (match)
    return match[4] === undefined ? 'is not a real calendar date' : 'is not a real date and time';
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/.test(text))
    return 'puts the day and month before the year, which confnotes does not read: 05/11/2015 is 5 November in some countries and May 11 in others';
  return 'is not written in a form confnotes reads';
}
