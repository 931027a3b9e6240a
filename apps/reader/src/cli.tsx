import { resolve } from 'node:path';
import { render } from 'ink';
import { ArgsError, type CliArgs, readArgs, USAGE } from './cli-args.ts';
import { editFile } from './edit-file.ts';
import { env, isInteractive, supportsHyperlinks } from './env.ts';
import { catalogFileLoader, directoryLoader } from './file-loaders.ts';
import { openUrl } from './open-url.ts';
import { printPlain } from './plain-output.ts';
import { type Loader, Reader } from './reader.tsx';
import { setEmojiJoining } from './render/emoji-cells.ts';
import { visible } from './render/visible.ts';
import { onStopSignal, stopProcess } from './stop-process.ts';
import { probeTerminal } from './terminal-probe.ts';
import { asksBackground, pickTheme } from './theme.ts';
import { takeKeyLatency } from './timing.ts';

/**
 * A stream to print plainly to: written text resolves once handed to the system, so that exiting
 * loses none of it, and rejects when the system refuses it (a full disk); into a pipe or a file
 * nothing is cut (grep finds words at the end of a long title).
 */
const plainStream = (stream: NodeJS.WriteStream) => ({
  write: (text: string): Promise<void> =>
    new Promise((resolve, reject) =>
      stream.write(text, (error) => (error ? reject(error) : resolve())),
    ),
  width: stream.isTTY ? stream.columns : Number.POSITIVE_INFINITY,
});

async function main() {
  let values: CliArgs;
  try {
    values = readArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let loadFrom: Loader;
  let edit: ((path: string, line: number) => Promise<string | undefined>) | undefined;
  if (values.api) {
    const { apiLoader } = await import('./api-loader.ts');
    loadFrom = apiLoader(values.api);
  } else if (values.catalog) loadFrom = catalogFileLoader(resolve(values.catalog));
  else {
    const dir = resolve(values.dir ?? 'content');
    loadFrom = directoryLoader(dir);
    edit = (path, line) => editFile(resolve(dir, path), line, env);
  }

  if (!isInteractive(env)) {
    // A program that stops reading early (head) closes the pipe: the rest is not wanted, and
    // a stack trace for it would be noise.
    process.stdout.on('error', () => {});
    process.exitCode = await printPlain(
      loadFrom,
      plainStream(process.stdout),
      plainStream(process.stderr),
    );
    // Parsing workers must not keep the process once everything is printed.
    process.exit();
  }

  let failure: string | undefined;
  const load: Loader = (progress) =>
    loadFrom(progress).catch((error: unknown) => {
      failure = error instanceof Error ? error.message : String(error);
      throw error;
    });

  const hyperlinks = values.hyperlinks ?? supportsHyperlinks(env, process.stdout.isTTY);
  const probe = await probeTerminal(process.stdin, process.stdout, {
    background: asksBackground(env, values.theme),
  });
  if (probe.joining) setEmojiJoining(probe.joining);
  const look = { theme: pickTheme(env, values.theme, probe.background), hyperlinks };
  // Milliseconds since the process started, for the benchmark.
  const onReady = env.CONFNOTES_READER_TIMING
    ? () => {
        const cpu = process.cpuUsage();
        process.stderr.write(
          `first frame ${Math.round(performance.now())}ms cpu ${Math.round((cpu.user + cpu.system) / 1000)}ms\n`,
        );
      }
    : undefined;
  const app = render(
    <Reader
      load={load}
      look={look}
      openUrl={openUrl}
      {...(onReady ? { onReady } : {})}
      {...(process.platform === 'win32' ? {} : { stop: stopProcess, stopSignals: onStopSignal })}
      {...(edit ? { edit } : {})}
    />,
    {
      alternateScreen: true,
      patchConsole: false,
      // A keystroke should reach the screen within one 60 Hz frame, not wait for a 30 Hz one.
      maxFps: 60,
      ...(env.CONFNOTES_READER_TIMING
        ? {
            onRender: () => {
              const key = takeKeyLatency();
              if (key)
                process.stderr.write(
                  `key to frame ${key.ms.toFixed(1)}ms cpu ${key.cpuMs.toFixed(1)}ms\n`,
                );
            },
          }
        : {}),
    },
  );
  await app.waitUntilExit();
  // The reader showed why the catalog could not be read and the user quit (with q or Ctrl+C):
  // the message stays on the terminal once the alternate screen is gone (where a long one is
  // seen whole), and a script that ran the reader sees a failure all the same.
  if (failure !== undefined) {
    process.stderr.write(`${visible(failure, true)}\n`);
    process.exitCode = 1;
  }
  // The user quit, maybe before the catalog was read: parsing workers or an API that has not
  // answered must not keep the process, and the shell prompt, waiting for what nobody will see.
  process.exit();
}

await main();
