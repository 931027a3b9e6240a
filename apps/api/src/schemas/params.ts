import { IsoDate } from '@confnotes/content/portable';
import { z } from '@hono/zod-openapi';
import { hereCalled } from './other-names.ts';

// Query parameters arrive as strings; each helper states in its message what it accepts, so a
// 400 tells the caller exactly how to fix the request.

/** A whole number in a range, written in plain digits (`1e9`, `-1`, `2.5` are refused). */
export function intParam(name: string, min: number, max: number, hint = '') {
  const message = `${name} must be a whole number from ${min} to ${max}${hint}`;
  return z
    .string()
    .transform((value, ctx) => {
      if (!/^\d{1,12}$/.test(value)) {
        ctx.addIssue({ code: 'custom', message: `${message}; got "${value.slice(0, 40)}"` });
        return z.NEVER;
      }
      const number = Number(value);
      if (number > max) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} may be at most ${max}${hint}; got ${value}`,
        });
        return z.NEVER;
      }
      if (number < min) {
        ctx.addIssue({ code: 'custom', message: `${message}; got ${value}` });
        return z.NEVER;
      }
      return number;
    })
    .openapi({ type: 'integer', minimum: min, maximum: max });
}

/** A day (`2019-06-30`) or a date and time, as the catalog writes dates; a real one. */
export function dateParam(name: string) {
  return z
    .string()
    .transform((value, ctx) => {
      if (!IsoDate.safeParse(value).success) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be a date, as 2019-06-30 or 2019-06-30T18:00:00+02:00; got "${value.slice(0, 40)}"`,
        });
        return z.NEVER;
      }
      return value;
    })
    .openapi({ type: 'string', example: '2019-06-30' });
}

/** One of a fixed set of words. */
export function enumParam<const T extends string>(name: string, values: readonly T[]) {
  return z.enum(values as [T, ...T[]], {
    error: () => `${name} must be one of: ${values.join(', ')}`,
  });
}

/** The names of the parameters any route takes as a comma-separated list. */
export const listParameters = new Set<string>();

/** A comma-separated list of words from a fixed set, e.g. `include=speakers,posts`. */
export function listParam<const T extends string>(
  name: string,
  values: readonly T[],
  /** Where values this route does not take are served instead, said when one is asked for. */
  elsewhere: Readonly<Record<string, string>> = {},
) {
  listParameters.add(name);
  const allowed = new Set<string>(values);
  return z
    .string()
    .transform((value, ctx) => {
      const items = value.split(',').map((item) => item.trim());
      const unknown = items.filter((item) => !allowed.has(item));
      if (unknown.length > 0) {
        const first = unknown[0]!;
        const there = Object.hasOwn(elsewhere, first) ? `: ${elsewhere[first]}` : '';
        ctx.addIssue({
          code: 'invalid_value',
          values: [...values],
          message: `${name} may list: ${values.join(', ')}; "${first.slice(0, 40)}" is not one of them${there}`,
        });
        return z.NEVER;
      }
      return [...new Set(items)] as T[];
    })
    .openapi({
      type: 'string',
      description: `Comma-separated, any of: ${values.join(', ')}`,
    });
}

/** `fields`: the top-level fields to keep of each record; the id is kept whatever is asked. */
export function fieldsParam<const T extends string>(values: readonly T[]) {
  return listParam('fields', values).openapi({
    type: 'string',
    description: `Comma-separated, any of: ${values.join(', ')}. \`id\` is always kept.`,
  });
}

/** `true` or `false`. */
export function booleanParam(name: string) {
  return z
    .enum(['true', 'false'], { error: () => `${name} must be true or false` })
    .transform((value) => value === 'true');
}

/** Free text, bounded so one request cannot make the search scan a novel. */
export function textParam(name: string, max = 200) {
  return (
    z
      .string({
        // zod's own message ("expected string, received undefined") names neither the parameter
        // nor what to send; only a required one is ever missing here.
        error: (issue) =>
          issue.input === undefined ? `${name} is required, e.g. ?${name}=docker` : undefined,
      })
      // Spaces alone (a search box sent as typed) are as empty as nothing: refused, not a search
      // that matches no record.
      .trim()
      .min(1, { error: `${name} must not be empty or only spaces` })
      .max(max, { error: `${name} may be at most ${max} characters` })
  );
}

/**
 * The longest id a request may name. A post's id comes from its file name or its `slug`, and an
 * event's from its curated file, none of them cut at a length: a bound below theirs made records
 * that lists show but no detail would fetch. This one is past any file name and far inside the
 * server's URL limit.
 */
export const MAX_ID_LENGTH = 1000;

/** A filter naming a record by id. */
export function idFilter(name: string) {
  return z
    .string()
    .min(1, { error: `${name} must not be empty` })
    .max(MAX_ID_LENGTH, { error: `${name} may be at most ${MAX_ID_LENGTH} characters` });
}

/**
 * The lists' filters by event and by speaker, described once: an id no record has is refused
 * (see `requireKnownIds`), which every list that takes them says alike.
 */
export const eventFilter = idFilter('event')
  .optional()
  .openapi({ description: 'Event id (one no event has is a 400)' });
export const speakerFilter = idFilter('speaker')
  .optional()
  .openapi({ description: 'Speaker id (one no speaker has is a 400)' });

/**
 * The query of a route, refusing any parameter it does not name, so a typo (`limt=5`) is a 400
 * rather than a silently ignored filter.
 */
export function strictQuery<S extends z.ZodRawShape>(shape: S) {
  const names = Object.keys(shape);
  const allowed = names.join(', ');
  const named = (key: string) => {
    const here = hereCalled(key, names);
    return `"${key.slice(0, 40)}"${here ? ` (here: ${here})` : ''}`;
  };
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown query parameter ${issue.keys.map(named).join(', ')}; this route accepts: ${allowed || 'none'}`
        : undefined,
  });
}

/** A record id in a path: anything the catalog could hold, but no control characters. */
export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH, { error: `id may be at most ${MAX_ID_LENGTH} characters` })
    .regex(/^[^\u0000-\u001f\u007f]+$/, { error: 'id must not contain control characters' })
    // Its example is the id of a record of the catalog served (docs/examples-in-document.ts).
    .openapi({
      param: { name: 'id', in: 'path' },
      description: "The record's id, as the lists give it (percent-encoded in the path)",
    }),
});

export const paging = {
  limit: intParam('limit', 1, 100, ' (default 20); ask for more with page or cursor')
    .optional()
    .openapi({ description: 'Records per page: 1 to 100, default 20' }),
  page: intParam('page', 1, 1_000_000)
    .optional()
    .openapi({ description: 'Page number, from 1; not with cursor' }),
  cursor: z
    .string()
    .max(100, { error: 'cursor may be at most 100 characters' })
    .optional()
    .openapi({ description: 'Opaque position from `meta.nextCursor`; not with page' }),
};
