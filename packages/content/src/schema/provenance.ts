import { z } from 'zod';

/** Whether a fact was read from the articles or set by a curated correction in `content/`. */
export const Origin = z.enum(['extracted', 'curated', 'inferred']).meta({ id: 'Origin' });
export type Origin = z.infer<typeof Origin>;

/** Per-field origin of a record's facts; a field absent here was extracted. */
export const Provenance = z.record(z.string(), Origin).meta({ id: 'Provenance' });
export type Provenance = z.infer<typeof Provenance>;
