/**
 * How a link of the menu says where the reader is: `page` on the section's own list, `true` on
 * a page inside it (a talk under Talks), nothing elsewhere. Both paths are under the site's base.
 * @example navCurrent('/talks/a-talk/', '/talks/') // 'true'
 */
export function navCurrent(pathname: string, section: string): 'page' | 'true' | undefined {
  if (pathname === section) return 'page';
  return pathname.startsWith(section) ? 'true' : undefined;
}
