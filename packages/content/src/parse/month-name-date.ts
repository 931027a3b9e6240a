const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

// A name or its abbreviation of at least three letters (`Sep`, `Sept.`, `September`).
const named = (names: string[], word: string) =>
  word.length >= 3 ? names.findIndex((n) => n.startsWith(word.toLowerCase())) : -1;

const weekday = String.raw`(?:(?<weekday>[A-Za-z]+)\.?,?\s+)?`;
const day = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?`;
const month = String.raw`(?<month>[A-Za-z]+)\.?`;
const year = String.raw`(?<year>\d{4})`;
// The time may follow a comma, as Moment's `dddd, MMMM Do YYYY, h:mm:ss a` writes it.
const rest = '(?:,(?= ))?(?<rest>(?:[T ].*)?)';
const monthFirst = new RegExp(String.raw`^${weekday}${month}\s+${day},?\s+${year}${rest}$`);
const dayFirst = new RegExp(String.raw`^${weekday}${day}\s+${month},?\s+${year}${rest}$`);

const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * A date written with its month by name (`Jul 08 2022`, `Nov 19, 2015`, `Thu, 19 Nov 2015
 * 10:00:00 +0100`) rewritten with the month as a number (`2015-11-19 10:00:00 +0100`), the rest
 * as written; undefined when the text has no month name where a date has it.
 * @example numericMonthDate('Nov 19, 2015') === '2015-11-19'
 */
export function numericMonthDate(text: string): string | undefined {
  const parts = (monthFirst.exec(text) ?? dayFirst.exec(text))?.groups;
  if (!parts) return undefined;
  if (parts.weekday !== undefined && named(weekdays, parts.weekday) === -1) return undefined;
  const m = named(months, parts.month!);
  if (m === -1) return undefined;
  return `${parts.year}-${pad(m + 1)}-${pad(parts.day!)}${parts.rest}`;
}
