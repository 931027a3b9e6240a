/**
 * What is wrong with the working directory, when it no longer exists (removed, or moved away,
 * after the shell entered it): every relative path, and every path printed relative to it, would
 * fail, and the failure would read as a bug in confnotes.
 */
export function workingDirProblem(): string | undefined {
  try {
    process.cwd();
    return undefined;
  } catch {
    return 'confnotes cannot run from a folder that no longer exists (it was removed or moved after the shell entered it).\n  hint: `cd` to a folder that exists and run the command again.';
  }
}
