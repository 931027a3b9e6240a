import { z } from 'zod';

/** Where a post names a talk or a speaker: the span in the article file (1-based, end exclusive). */
export const Mention = z
  .object({
    post: z.string().describe('Id of the post'),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    endLine: z.number().int().min(1),
    endColumn: z.number().int().min(1),
    text: z.string().describe('The text as written at that place'),
    anchor: z.string().optional().describe('Id of the paragraph in the post HTML, e.g. `p-4`'),
  })
  .meta({ id: 'Mention' });
export type Mention = z.infer<typeof Mention>;

const sentence = z.string().describe('The sentence (or list item) the mention stands in');

/** A speaker mention also keeps the sentence it stands in: what that post said of them. */
export const SpeakerMention = Mention.extend({ sentence }).meta({ id: 'SpeakerMention' });
export type SpeakerMention = z.infer<typeof SpeakerMention>;

/** A talk mention also keeps the title as that post wrote it and the sentence it stands in. */
export const TalkMention = Mention.extend({
  title: z
    .string()
    .nullable()
    .describe(
      'The title as this post wrote it; for an untitled session, what the post called it (e.g. "the closing keynote"); null when the post did not name it ("his second talk")',
    ),
  sentence,
}).meta({ id: 'TalkMention' });
export type TalkMention = z.infer<typeof TalkMention>;
