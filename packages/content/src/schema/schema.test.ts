import { describe, expect, it } from 'vitest';
import { catalogJsonSchema } from './json-schema.ts';
import { Talk } from './talk.ts';

describe('schemas', () => {
  it('export a JSON Schema with every record under $defs', () => {
    const schema = catalogJsonSchema();
    const defs = Object.keys((schema.$defs ?? {}) as object);
    for (const id of [
      'Post',
      'Talk',
      'Speaker',
      'Event',
      'Diagnostic',
      'SpeakerMention',
      'TalkMention',
    ]) {
      expect(defs).toContain(id);
    }
  });

  it('reject a talk whose kind is unknown', () => {
    const result = Talk.safeParse({
      id: 't',
      title: 'x',
      altTitles: [],
      kind: 'lecture',
      event: null,
      speakers: [],
      links: [],
      takeaways: [],
      mentions: [],
      provenance: {},
    });
    expect(result.success).toBe(false);
  });
});
