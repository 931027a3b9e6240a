import { fuzzyMatch } from '../data/fuzzy.ts';
import type { Row } from '../data/list-rows.ts';
import { type Role, SGR_RESET, sgr, type Theme } from '../theme.ts';
import { cells, fit } from './pieces.ts';

// A list row is painted here into one ANSI string, so that Ink lays out one text node per row
// instead of a tree of styled fragments, and a row that did not change is the same string.

export type ListLineOptions = {
  readonly theme: Theme;
  readonly width: number;
  /** The filter, whose matched characters are painted as matches. */
  readonly query: string;
  readonly selected: boolean;
};

const paint = (theme: Theme, role: Role, text: string) => {
  const on = sgr(theme.roles[role]);
  return on && text ? `${on}${text}${SGR_RESET}` : text;
};

const SEPARATOR = ' · ';
/** More words than a figure and its unit, or an event's name and year, make a passage. */
const PASSAGE_WORDS = 4;

/** The whole words of `text` that fit in `room` cells, and `…`; empty if not even one fits. */
function fitWords(text: string, room: number): string {
  const cut = fit(text, room);
  if (cut === text) return text;
  const kept = cut.slice(0, -1);
  const whole = /\s/.test(text[kept.length] ?? ' ') ? kept : kept.replace(/\S*$/, '');
  return whole.trim() ? `${whole.trimEnd()}…` : '';
}

/**
 * As much of a row's detail as fits in `room` cells. A part with a figure in it (a date, `10
 * min`, `23 posts`) is shown whole or not at all: cut, `23 posts` would read `2…` and `10 min`
 * `1…`, a wrong figure rather than a cut one. A name may be cut, with an ellipsis; a passage of
 * text is cut between words.
 */
function fitDetail(detail: string, room: number): string {
  let shown = '';
  for (const part of detail.split(SEPARATOR)) {
    const next = shown ? `${shown}${SEPARATOR}${part}` : part;
    if (cells(next) <= room) {
      shown = next;
      continue;
    }
    // A passage (where a search found its words) is read, not compared: cut between words, no
    // figure in it is cut in two, and the figure it happens to hold does not hide all of it.
    if (part.split(' ').length > PASSAGE_WORDS) {
      const words = fitWords(part, room - cells(shown ? `${shown}${SEPARATOR}` : ''));
      if (words) return shown ? `${shown}${SEPARATOR}${words}` : words;
    }
    if (!/\d/.test(part)) return fit(next, room);
    // Something was left out: say so, cutting a name shown before it if need be.
    if (!shown || cells(`${shown} …`) <= room) return shown && `${shown} …`;
    return /\d/.test(shown.split(SEPARATOR).at(-1)!) ? shown : fit(`${shown}…`, room);
  }
  return shown;
}

/**
 * One line of a list: a marker on the selected row, the title with the filter's matches
 * painted, and as much of the detail as fits in `width` cells, with room kept for some of it.
 * @example listLine(row, { theme: plainTheme, width: 80, query: 'dock', selected: true })
 */
export function listLine(row: Row, { theme, width, query, selected }: ListLineOptions): string {
  // A long title leaves the detail (speakers, posts, date) up to two fifths of the row rather
  // than pushing it off: a row that is all title says nothing about who or when.
  const reserve = row.detail ? Math.min(cells(row.detail) + 2, Math.floor(width * 0.4)) : 0;
  const title = fit(row.title, Math.max(4, width - 3 - reserve));
  const room = width - 2 - cells(title) - 2;
  const detail = room > 6 ? fitDetail(row.detail, room) : '';
  const base: Role = selected ? 'selected' : 'text';
  let painted = '';
  const positions = query ? (fuzzyMatch(query, title)?.positions ?? []) : [];
  if (!positions.length) painted = paint(theme, base, title);
  else {
    const marked = new Set(positions);
    let run = '';
    let match = false;
    for (let i = 0; i <= title.length; i++) {
      const isMatch = marked.has(i);
      if (i === title.length || (run && isMatch !== match)) {
        painted += paint(theme, match ? 'match' : base, run);
        run = '';
      }
      match = isMatch;
      if (i < title.length) run += title[i];
    }
  }
  return `${selected ? paint(theme, 'accent', '› ') : '  '}${painted}${detail ? paint(theme, 'muted', `  ${detail}`) : ''}`;
}
