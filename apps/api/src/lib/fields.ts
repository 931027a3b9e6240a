/**
 * Keeps the named top-level fields of a record, and always its `id`.
 * @example pickFields({ id: 'a', title: 'T', kind: 'talk' }, ['title']) // { id: 'a', title: 'T' }
 */
export function pickFields<T extends { id: string }>(
  record: T,
  fields: readonly string[] | undefined,
): T | (Partial<T> & { id: string }) {
  if (!fields) return record;
  const out: Record<string, unknown> = { id: record.id };
  for (const field of fields) {
    if (Object.hasOwn(record, field)) out[field] = record[field as keyof T];
  }
  return out as Partial<T> & { id: string };
}
