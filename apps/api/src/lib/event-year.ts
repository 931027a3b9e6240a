import type { Event } from '@confnotes/content/portable';

/**
 * The year an event took place: the one its file gives, else that of its start.
 * @example eventYear({ start: '2015-11-16' }) // 2015
 */
export const eventYear = (event: Pick<Event, 'year' | 'start'>): number | undefined =>
  event.year ?? (event.start ? Number(event.start.slice(0, 4)) : undefined);
