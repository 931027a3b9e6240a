import { z } from 'zod';
import { SpeakerMention } from './mention.ts';
import { Provenance } from './provenance.ts';

export const Handles = z
  .object({
    twitter: z.string().optional(),
    github: z.string().optional(),
    linkedin: z.string().optional(),
    mastodon: z.string().optional(),
    bluesky: z.string().optional(),
    website: z.string().optional(),
  })
  .meta({ id: 'Handles' });
export type Handles = z.infer<typeof Handles>;

/** A person who gave at least one talk, with every spelling the posts used. */
export const Speaker = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string()),
    handles: Handles,
    affiliation: z.string().optional(),
    role: z.string().optional(),
    talks: z.array(z.string()).describe('Talk ids'),
    mentions: z.array(SpeakerMention),
    provenance: Provenance,
  })
  .meta({ id: 'Speaker' });
export type Speaker = z.infer<typeof Speaker>;
