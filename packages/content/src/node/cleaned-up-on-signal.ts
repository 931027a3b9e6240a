const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs `work`, and should Ctrl-C, a kill or the terminal closing stop the process meanwhile,
 * runs `cleanUp` first (a temporary file removed, a progress line cleared) and then ends the
 * process by the same signal, as it would have ended without the handler: a shell or a parent
 * still reads which signal it was.
 * @example await cleanedUpOnSignal(() => rmSync(temporary, { force: true }), () => write());
 */
export async function cleanedUpOnSignal<T>(
  cleanUp: () => void,
  work: () => Promise<T>,
): Promise<T> {
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    for (const s of SIGNALS) process.off(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    return await work();
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
  }
}
