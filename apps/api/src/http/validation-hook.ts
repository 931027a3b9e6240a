import type { ZodError } from 'zod';
import { invalidParameter } from './api-error.ts';

/**
 * Turns the first problem zod found with a request into a 400 that names the parameter and,
 * where there is a fixed set, the allowed values.
 */
export function validationHook(result: { success: boolean; error?: ZodError; target: string }) {
  if (result.success || !result.error) return;
  const issue = result.error.issues[0];
  if (!issue) throw invalidParameter(result.target, `The request ${result.target} is invalid`);
  const parameter =
    issue.code === 'unrecognized_keys'
      ? (issue.keys[0] ?? result.target)
      : String(issue.path[0] ?? result.target);
  const allowed = issue.code === 'invalid_value' ? issue.values.map(String) : undefined;
  throw invalidParameter(parameter.slice(0, 40), issue.message, allowed);
}
