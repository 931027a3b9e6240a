/**
 * Stops the reader as Ctrl+Z stops a program that does not read keys one by one, and resolves
 * once the shell continues it (`fg`). The whole process group is stopped, as vim stops it: a
 * wrapper that started the reader (npm start, a script) must stop too, or the shell would wait
 * on the wrapper and never get the terminal back.
 */
export function stopProcess(): Promise<void> {
  return new Promise((resolve) => {
    // Our own SIGTSTP listener (see `onStopSignal`) would catch the stop: without listeners the
    // signal stops the process, as it does by default.
    const listeners = process.listeners('SIGTSTP');
    for (const listener of listeners) process.off('SIGTSTP', listener);
    // Input is paused while the terminal is handed back, and a signal listener does not keep
    // Node running: without a timer the process would end as soon as it was continued, before
    // it saw SIGCONT.
    const hold = setInterval(() => {}, 60_000);
    process.once('SIGCONT', () => {
      clearInterval(hold);
      for (const listener of listeners) process.on('SIGTSTP', listener);
      resolve();
    });
    process.kill(0, 'SIGTSTP');
  });
}

/**
 * Calls `suspend` when the process is asked to stop from outside (`kill -TSTP`, a job-control
 * tool): stopped as it is, the reader would leave the shell its alternate screen, a hidden
 * cursor and keys not echoed. Returns what stops listening.
 */
export function onStopSignal(suspend: () => void): () => void {
  const listener = () => suspend();
  process.on('SIGTSTP', listener);
  return () => process.off('SIGTSTP', listener);
}
