// A report or a naming as one number: post index and index in the post's extraction, so that
// the places of a catalog's hundred thousand reports sort and key as numbers.
export const SHIFT = 2 ** 20;
export const at = (post: number, index: number) => post * SHIFT + index;

/**
 * The record (talk or speaker) of each report or naming, from each record's list of them: a
 * function of post and index, undefined for one no record holds. Kept in typed arrays, as a
 * catalog holds some hundred thousand of them.
 */
export function recordsByPlace(
  records: readonly (readonly number[])[],
  posts: number,
): (post: number, index: number) => number | undefined {
  const size = new Int32Array(posts);
  for (const members of records)
    for (let k = 0; k < members.length; k += 2)
      size[members[k]!] = Math.max(size[members[k]!]!, members[k + 1]! + 1);
  const start = new Int32Array(posts + 1);
  for (let p = 0; p < posts; p++) start[p + 1] = start[p]! + size[p]!;
  const record = new Int32Array(start[posts]!).fill(-1);
  records.forEach((members, r) => {
    for (let k = 0; k < members.length; k += 2) record[start[members[k]!]! + members[k + 1]!] = r;
  });
  return (post, index) => {
    if (post < 0 || post >= posts || index >= size[post]!) return undefined;
    const r = record[start[post]! + index]!;
    return r < 0 ? undefined : r;
  };
}
