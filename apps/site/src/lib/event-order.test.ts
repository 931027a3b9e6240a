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

  it('places an event known by its year alone among that year, after those with a day', () => {
    const inferred = (id: string, name: string, year: number) =>
      ({ ...event(id, name), year }) as Event;
    const events = [
      event('a-meetup', 'A meetup'),
      inferred('gophercon-2025', 'GopherCon 2025', 2025),
      event('dockercon-2015', 'DockerCon 2015', '2015-11-16'),
      inferred('qcon-2012', 'QCon 2012', 2012),
      event('habelcon-2019', 'HabelCon 2019', '2019-09-20'),
      inferred('pycon-2019', 'PyCon 2019', 2019),
    ];
    expect(events.sort(latestEventFirst).map((e) => e.id)).toEqual([
      'gophercon-2025',
      'habelcon-2019',
      'pycon-2019',
      'dockercon-2015',
      'qcon-2012',
      'a-meetup',
    ]);
  });
});
