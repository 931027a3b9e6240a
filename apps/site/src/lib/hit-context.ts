import { formatDate } from './format.ts';

// A post's context in search results is the core's byline, `Ada Lovelace · 2015-11-17`: its day
// is written as every other page of the site writes one, not as an ISO date beside them.
const isoDay = /\b(\d{4}-\d{2}-\d{2})$/;

/**
 * The context a search hit shows after its title, a post's day as the site writes days.
 * @example hitContext('post', 'Ada · 2015-11-17') === 'Ada · November 17, 2015'
 */
export function hitContext(type: 'post' | 'talk' | 'speaker', context: string): string {
  return type === 'post' ? context.replace(isoDay, (day) => formatDate(day)) : context;
}
