import type { ContentfulStatusCode } from 'hono/utils/http-status';
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

/** A 404 naming the kind of record and the id that was asked for. */
export function notFound(resource: string, id: string): ApiError {
  return new ApiError(404, 'not_found', `No ${resource} has the id "${id}".`, { resource, id });
}
