import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Highlight } from './search-hit.ts';

describe('Highlight', () => {
  // Clients in Python, Go or Swift index strings by code point or byte: the unit must be stated
  // in the schema they generate from, not only in this package's comments.
  it('states in its JSON Schema that offsets count UTF-16 code units', () => {
    const { $defs } = z.toJSONSchema(Highlight) as {
      $defs: Record<string, { properties: Record<string, { description?: string }> }>;
    };
    const { properties } = $defs.Highlight!;
    expect(properties.start?.description).toMatch(/UTF-16 code units/);
    expect(properties.end?.description).toMatch(/UTF-16 code units/);
  });
});
