import type { Event } from '@confnotes/content';
import { compareText } from './compare-text.ts';

/**
 * Latest edition first, as conference sites list them; an event without dates after the dated
 * ones, and events of the same day by name. The catalog gives them by id, which put "devoxx-2019"
 * before "devoxx-2024" and an undated meetup anywhere.
 */
export const latestEventFirst = (a: Event, b: Event): number => {
  // ISO dates order as plain strings; no date at all sorts below every date.
  const da = a.start ?? a.end ?? '';
  const db = b.start ?? b.end ?? '';
  return da < db ? 1 : da > db ? -1 : compareText(a.name, b.name);
};
