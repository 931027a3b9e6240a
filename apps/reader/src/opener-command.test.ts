import { describe, expect, it } from 'vitest';
import { openerCommand } from './opener-command.ts';

describe('openerCommand', () => {
  it('opens a link on Windows without cmd, the link one argument with & kept and " encoded', () => {
    const [command, args] = openerCommand('https://x.com/?a&calc&b="x"|y^z%PATH%', 'win32');
    expect(command).toBe('rundll32');
    expect(args).toEqual([
      'url.dll,FileProtocolHandler',
      'https://x.com/?a&calc&b=%22x%22|y^z%PATH%',
    ]);
    expect(command).not.toMatch(/cmd|powershell/i);
  });

  it('uses open on macOS and xdg-open elsewhere, the link passed as given', () => {
    const url = 'https://x.com/?a&b';
    expect(openerCommand(url, 'darwin')).toEqual(['open', [url]]);
    expect(openerCommand(url, 'linux')).toEqual(['xdg-open', [url]]);
  });
});
