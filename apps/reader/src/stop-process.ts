/**
 * Stops the reader as Ctrl+Z stops a program that does not read keys one by one, and resolves
 * once the shell continues it (`fg`). The whole process group is stopped, as vim stops it: a
 * wrapper that started the reader (npm start, a script) must stop too, or the shell would wait
 * on the wrapper and never get the terminal back.
 */
export function stopProcess(): Promise<void> {
  return new Promise((resolve) => {
    // Input is paused while the terminal is handed back, and a signal listener does not keep
    // Node running: without a timer the process would end as soon as it was continued, before
    // it saw SIGCONT.
    const hold = setInterval(() => {}, 60_000);
    process.once('SIGCONT', () => {
      clearInterval(hold);
      resolve();
    });
    process.kill(0, 'SIGTSTP');
  });
}
