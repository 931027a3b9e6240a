import { z } from 'zod';
import { TalkMention } from './mention.ts';
import { Provenance } from './provenance.ts';

export const TalkKind = z
  .enum(['keynote', 'general-session', 'talk', 'workshop', 'panel', 'lightning', 'demo', 'other'])
  .meta({ id: 'TalkKind' });
export type TalkKind = z.infer<typeof TalkKind>;

export const TalkLink = z
  .object({ url: z.string(), kind: z.enum(['slides', 'video', 'page']) })
  .meta({ id: 'TalkLink' });
export type TalkLink = z.infer<typeof TalkLink>;

/** A talk, session or workshop that one or more posts report on. */
export const Talk = z
  .object({
    id: z.string().min(1),
    title: z.string().nullable().describe('null for an untitled session, which then has a label'),
    label: z
      .string()
      .optional()
      .describe('How an untitled session is named, e.g. "General session"'),
    altTitles: z.array(z.string()).describe('Other titles posts used for this talk'),
    kind: TalkKind,
    event: z.string().nullable(),
    speakers: z.array(z.string()).describe('Speaker ids'),
    links: z.array(TalkLink),
    takeaways: z.array(z.string()),
    mentions: z.array(TalkMention),
    provenance: Provenance,
  })
  .meta({ id: 'Talk' });
export type Talk = z.infer<typeof Talk>;
