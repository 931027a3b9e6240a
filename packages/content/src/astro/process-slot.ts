/**
 * A value shared by every copy of this package in the process. Astro loads the content config
 * and the pages as separate module graphs in one process, so what the loaders make for the
 * pages meets them here rather than in a module's own state.
 * @example const slot = processSlot<{ read?: () => string }>('post-html'); slot.read = () => '…';
 */
export function processSlot<T extends object>(name: string): Partial<T> {
  const key = Symbol.for(`@confnotes/content/astro:${name}`);
  const global = globalThis as { [key: symbol]: Partial<T> | undefined };
  global[key] ??= {};
  return global[key];
}
