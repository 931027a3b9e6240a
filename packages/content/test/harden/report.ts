import { appendFileSync } from 'node:fs';

/**
 * Counts inputs tried by a part of the harden run, into the file `npm run harden` names in
 * HARDEN_REPORT (one JSON line per call); nothing when the tests run on their own.
 */
export function record(part: string, inputs: number): void {
  const file = process.env.HARDEN_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify({ part, inputs })}\n`);
}
