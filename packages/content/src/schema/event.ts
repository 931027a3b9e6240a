import { z } from 'zod';
import { IsoDate } from './post.ts';
import { Origin } from './provenance.ts';

/** A conference edition. Curated in `content/events/`, or inferred from the posts about it. */
export const Event = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    year: z.number().int().optional(),
    location: z.string().optional(),
    start: IsoDate.optional(),
    end: IsoDate.optional(),
    url: z.string().optional(),
    origin: Origin,
  })
  .meta({ id: 'Event' });
export type Event = z.infer<typeof Event>;
