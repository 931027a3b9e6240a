import { z } from 'zod';
import { Handles } from './speaker.ts';
import { TalkKind, TalkLink } from './talk.ts';

/**
 * A curated fact about a person, from `content/speakers.yaml`. `match` lists spellings found
 * in posts that are this person; `name` is the canonical spelling. `drop: true` removes a
 * false find (someone the extraction took for a speaker).
 */
export const SpeakerCorrection = z
  .object({
    name: z.string().min(1),
    match: z.array(z.string().min(1)).default([]),
    aliases: z.array(z.string().min(1)).default([]),
    handles: Handles.optional(),
    affiliation: z.string().optional(),
    role: z.string().optional(),
    drop: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'SpeakerCorrection' });
export type SpeakerCorrection = z.infer<typeof SpeakerCorrection>;

/**
 * A curated fact about a talk, from `content/talks.yaml`: `match` lists titles (or labels)
 * posts used for it, which are then one talk; the other fields win over extraction.
 */
export const TalkCorrection = z
  .object({
    title: z.string().min(1).nullable(),
    match: z.array(z.string().min(1)).default([]),
    event: z.string().optional(),
    label: z.string().optional(),
    kind: TalkKind.optional(),
    speakers: z.array(z.string().min(1)).optional(),
    links: z.array(TalkLink).optional(),
    drop: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'TalkCorrection' });
export type TalkCorrection = z.infer<typeof TalkCorrection>;

export const Curation = z
  .object({
    speakers: z.array(SpeakerCorrection).default([]),
    talks: z.array(TalkCorrection).default([]),
  })
  .meta({ id: 'Curation' });
export type Curation = z.infer<typeof Curation>;
