import type { LoaderMeta } from './loader-context.ts';

const KEY = 'confnotes-loading';
// Below Astro's 500 ms: each touch restarts its countdown before it runs out.
const TOUCH_MS = 200;

/**
 * Waits for `work` while Astro holds off saving its content store. Astro saves the store 500 ms
 * after the last change, and a sync starts by changing it; a catalog that takes longer than that
 * to load would have Astro serialize the whole store the previous build left (seconds, for
 * thousands of posts) while it waits, then again once the entries are stored. Touching the
 * collection's meta store restarts Astro's countdown, so the store is saved once, at the end.
 */
export async function holdingStoreSaves<T>(
  meta: LoaderMeta | undefined,
  work: Promise<T>,
): Promise<T> {
  if (!meta) return work;
  const touch = setInterval(() => meta.set(KEY, ''), TOUCH_MS);
  try {
    return await work;
  } finally {
    clearInterval(touch);
    if (meta.has(KEY)) meta.delete(KEY);
  }
}
