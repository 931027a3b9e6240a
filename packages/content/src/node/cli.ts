#!/usr/bin/env node
// Entry point of the `confnotes` bin. It only checks the Node version, then loads the commands:
// the rest of the package needs Node >= 22.12, and an old Node should get a clear message
// instead of a syntax or module error.
import { nodeVersionProblem } from './node-version.ts';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  console.error(problem);
  // Not 1, which says the content has errors: the content was not even read.
  process.exit(2);
}
const { runCli } = await import('./run-cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
