import type { Event } from '@confnotes/content';
import { describe, expect, it } from 'vitest';
import { latestEventFirst } from './event-order.ts';

const event = (id: string, name: string, start?: string, end?: string): Event =>
  ({ id, name, ...(start ? { start } : {}), ...(end ? { end } : {}) }) as Event;

describe('latestEventFirst', () => {
  it('lists the latest edition first, undated events last, same days by name', () => {
    const events = [
      event('a-meetup', 'A meetup'),
      event('devoxx-2019', 'Devoxx 2019', '2019-11-04', '2019-11-08'),
      event('qcon-2024', 'QCon London 2024', '2024-04-08'),
      event('devoxx-2024', 'Devoxx 2024', '2024-10-07', '2024-10-11'),
      event('kubecon-2024', 'KubeCon 2024', '2024-10-07'),
      event('late-only', 'Ends only', undefined, '2021-05-01'),
    ];
    expect(events.sort(latestEventFirst).map((e) => e.id)).toEqual([
      'devoxx-2024',
      'kubecon-2024',
      'qcon-2024',
      'late-only',
      'devoxx-2019',
      'a-meetup',
    ]);
  });
});
