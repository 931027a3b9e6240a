/** A program and its arguments, run without a shell. */
export type OpenerCommand = readonly [command: string, args: readonly string[]];

/**
 * The platform's program for opening a web link, with the link as a separate argument.
 *
 * On Windows this is not `cmd /c start "" <url>`: cmd would read `&`, `|`, `^` and `%` in the
 * link as its own syntax, so a link such as `https://x.com/?a&calc` would run a program. rundll32
 * hands the link to the default browser without a shell. A `"` is sent as `%22` (what a browser
 * sends for it anyway) because Windows quotes arguments with `"`, and rundll32 passes its command
 * line on as written: a link with neither quotes nor spaces reaches it exactly as given.
 */
export function openerCommand(url: string, platform: NodeJS.Platform): OpenerCommand {
  if (platform === 'darwin') return ['open', [url]];
  if (platform === 'win32')
    return ['rundll32', ['url.dll,FileProtocolHandler', url.replaceAll('"', '%22')]];
  return ['xdg-open', [url]];
}
