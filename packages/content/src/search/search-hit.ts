import { z } from 'zod';

/** The kinds of record one search covers. */
export const SearchHitType = z.enum(['post', 'talk', 'speaker']).meta({ id: 'SearchHitType' });
export type SearchHitType = z.infer<typeof SearchHitType>;

/** A highlighted range of a text: UTF-16 code unit offsets (JavaScript string indices), end exclusive. */
export const Highlight = z
  .object({
    start: z
      .number()
      .int()
      .min(0)
      .describe(
        'Offset of the first marked character in UTF-16 code units (JavaScript string indices): a character outside the Basic Multilingual Plane, such as an emoji, counts as 2',
      ),
    end: z
      .number()
      .int()
      .min(0)
      .describe('Offset just past the last marked character, in UTF-16 code units'),
  })
  .meta({ id: 'Highlight' });
export type Highlight = z.infer<typeof Highlight>;

/** A short passage of a record with the matched words marked. */
export const Snippet = z
  .object({ text: z.string(), highlights: z.array(Highlight) })
  .meta({ id: 'Snippet' });
export type Snippet = z.infer<typeof Snippet>;

/** One ranked result of a search: which record, how well it matched, and where. */
export const SearchHit = z
  .object({
    type: SearchHitType,
    id: z.string().min(1),
    title: z.string(),
    lang: z
      .string()
      .optional()
      .describe(
        "The language of the record's title and snippet as its post's front matter names it (`de`, `pt_BR`); posts only, when they name one",
      ),
    context: z
      .string()
      .optional()
      .describe(
        "What sets the record apart from others of its title, to show beside it: a post's authors and day (`Ada Lovelace · 2015-11-17`), a talk's event, a speaker's affiliation (or role); absent when the record has none",
      ),
    titleHighlights: z.array(Highlight),
    score: z.number().describe('How well the record matched, to four decimals: higher is better'),
    snippet: Snippet,
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHit>;
