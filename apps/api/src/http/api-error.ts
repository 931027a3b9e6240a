import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { idSuggestion } from '../lib/id-suggestion.ts';
import type { ErrorBody } from '../schemas/error.ts';

/** An error the API answers with as JSON; thrown anywhere, rendered once in `onError`. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

/** The body of an unexpected failure, wherever it is answered: nothing of its cause is in it. */
export const INTERNAL_ERROR_BODY: ErrorBody = {
  error: {
    code: 'internal_error',
    message: 'The server failed to answer this request. It has been logged; try again.',
  },
};

/** A 400 about one query or path parameter, naming it and, when there are some, the allowed values. */
export function invalidParameter(
  parameter: string,
  message: string,
  allowed?: readonly string[],
): ApiError {
  return new ApiError(400, 'invalid_parameter', message, {
    parameter,
    ...(allowed ? { allowed } : {}),
  });
}

/** The records a 404 can be about, and what search finds of them. */
export type Resource = 'post' | 'talk' | 'speaker' | 'event';

/**
 * A 404 naming the kind of record and the id that was asked for, and where the ids are: a client
 * that guessed one (or kept one from an older catalog) is told where to look it up, and which id
 * it likely meant when the catalog makes one of the text it gave (see `idSuggestion`).
 */
export function notFound(
  resource: Resource,
  id: string,
  known?: (id: string) => boolean,
): ApiError {
  const list = `/api/${resource}s`;
  const suggestion = known && idSuggestion(id, known);
  if (suggestion)
    return new ApiError(
      404,
      'not_found',
      `No ${resource} has the id "${id}"; did you mean "${suggestion}" (${list}/${suggestion})?`,
      { resource, id, list, suggestion },
    );
  // Events are not among the search's hits.
  const search = resource === 'event' ? '' : `, or search for it with /api/search?q=<words>`;
  return new ApiError(
    404,
    'not_found',
    `No ${resource} has the id "${id}". Look it up at ${list}${search}.`,
    { resource, id, list },
  );
}
