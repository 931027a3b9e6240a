/**
 * What other APIs call the parameters of this one: pretalx (`offset`, `expand`, Django REST
 * framework's `ordering` and `search`), Ghost's Content API (`order`, `formats`) and the usual
 * `per_page` and `page_size`. A client written for one of them is told the name used here.
 */
const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  offset: ['page', 'cursor'],
  expand: ['include'],
  order: ['sort'],
  ordering: ['sort'],
  order_by: ['sort'],
  search: ['q'],
  query: ['q'],
  per_page: ['limit'],
  page_size: ['limit'],
  pageSize: ['limit'],
  formats: ['format'],
};

/**
 * The parameters of a route that an unknown one is another API's name for, or undefined.
 * @example hereCalled('offset', ['limit', 'page', 'cursor']) // 'page or cursor'
 */
export function hereCalled(name: string, allowed: readonly string[]): string | undefined {
  const meant = Object.hasOwn(OTHER_NAMES, name)
    ? OTHER_NAMES[name]!.filter((here) => allowed.includes(here))
    : [];
  return meant.length > 0 ? meant.join(' or ') : undefined;
}
