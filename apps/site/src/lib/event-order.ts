import type { Event } from '@confnotes/content';
import { compareText } from './compare-text.ts';

// ISO dates order as plain strings, and a year alone among them: `2025` after `2024-10-07`, and
// before `2025-03-01`, as a day of its year no one gave. No date nor year sorts below all.
const when = (event: Event) => event.start ?? event.end ?? event.year?.toString() ?? '';

/**
 * Latest edition first, as conference sites list them; an event known by its year alone (one
 * inferred from the posts about it) among the others of that year, after those with a day; one
 * without dates or year after the rest, and events of the same day by name. The catalog gives
 * them by id, which put "devoxx-2019" before "devoxx-2024" and an undated meetup anywhere.
 */
export const latestEventFirst = (a: Event, b: Event): number => {
  const da = when(a);
  const db = when(b);
  return da < db ? 1 : da > db ? -1 : compareText(a.name, b.name);
};
