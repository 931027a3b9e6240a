import { z } from 'zod';

/** How much a diagnostic matters: errors fail `confnotes check`, warnings and notes do not. */
export const Severity = z.enum(['error', 'warning', 'info']).meta({ id: 'Severity' });
export type Severity = z.infer<typeof Severity>;

/**
 * A finding about a content file, positioned as a compiler would: 1-based line and column.
 * `message` says what happened; `hint` says what to do about it.
 */
export const Diagnostic = z
  .object({
    severity: Severity,
    code: z.string().describe('Stable kebab-case identifier, e.g. `invalid-date`'),
    message: z.string(),
    hint: z.string().optional(),
    file: z.string().describe('Path of the file, relative to the content directory'),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    endLine: z.number().int().min(1).optional(),
    endColumn: z.number().int().min(1).optional(),
  })
  .meta({ id: 'Diagnostic' });
export type Diagnostic = z.infer<typeof Diagnostic>;
