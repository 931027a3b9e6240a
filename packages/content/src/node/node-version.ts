const MINIMUM = [22, 12] as const;

/**
 * Says what to do when the running Node is older than 22.12, or undefined when it is recent
 * enough.
 * @example nodeVersionProblem('20.19.0')?.includes('22.12') === true
 */
export function nodeVersionProblem(version: string): string | undefined {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1])) return undefined;
  return (
    `confnotes needs Node ${MINIMUM.join('.')} or newer, but it is running on Node ${version}.\n` +
    'Install a current Node (https://nodejs.org, or `nvm install 24`), then run the command again.'
  );
}
