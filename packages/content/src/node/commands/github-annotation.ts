import type { Diagnostic, Severity } from '../../schema/diagnostic.ts';
import { contentPath, hintIn } from './content-path.ts';

// GitHub Actions reads a line `::warning file=…,line=…::message` of a job's output as an
// annotation: shown on that line of the file in the pull request, and in the run's summary.
const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// Escapes as the Actions toolkit (`@actions/core`) writes them: a message is one line, and a
// property's value holds no `,` or `:`, which would end it.
const data = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One diagnostic as a GitHub Actions workflow command, its file named from the working directory
 * (the repository's root, in a job), its hint on a line of the annotation's own.
 * @example githubAnnotation(d, 'content') // '::error file=content/posts/x.md,line=3,col=7,title=invalid-date::The date …'
 */
export function githubAnnotation(d: Diagnostic, dir: string): string {
  const place = [
    `file=${property(contentPath(dir, d.file))}`,
    `line=${d.line}`,
    `col=${d.column}`,
    ...(d.endLine !== undefined ? [`endLine=${d.endLine}`] : []),
    ...(d.endColumn !== undefined ? [`endColumn=${d.endColumn}`] : []),
    `title=${property(d.code)}`,
  ].join(',');
  const message = d.hint ? `${d.message}\nhint: ${hintIn(dir, d.hint)}` : d.message;
  return `::${COMMANDS[d.severity]} ${place}::${data(message)}`;
}
