import { z } from 'zod';
import { Diagnostic } from './diagnostic.ts';
import { Event } from './event.ts';
import { Post } from './post.ts';
import { Speaker } from './speaker.ts';
import { Talk } from './talk.ts';

/** Everything confnotes knows about a content directory, with references checked both ways. */
export const Catalog = z
  .object({
    version: z.literal(1),
    events: z.array(Event),
    posts: z.array(Post),
    talks: z.array(Talk),
    speakers: z.array(Speaker),
    diagnostics: z.array(Diagnostic),
  })
  .meta({ id: 'Catalog' });
export type Catalog = z.infer<typeof Catalog>;
