import { z } from '@hono/zod-openapi';

/** The one shape of every error response. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z
        .string()
        .describe('Stable snake_case identifier, e.g. `invalid_parameter`, `not_found`'),
      message: z.string().describe('What happened and what to do, for people'),
      details: z
        .record(z.string(), z.unknown())
        .optional()
        .describe('Machine-readable facts: the parameter, the allowed values, the id not found'),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorBody } },
});

/** Error responses every route may give, for the OpenAPI document. */
export const errorResponses = {
  400: json('A parameter is missing, malformed, repeated or not one of the allowed values'),
  404: json('No record has this id'),
  406: json('The Accept header refuses application/json, the only type served'),
  414: json('The query string is longer than the API accepts'),
  500: json('The server failed; the message gives no internals'),
} as const;

const { 404: _noRecord, ...withoutNotFound } = errorResponses;

/** The error responses of a list or a search: the same but the 404, which names no id there. */
export const listErrorResponses = withoutNotFound;
