import { describe, expect, it } from 'vitest';
import { ArgsError, readArgs, USAGE } from './cli-args.ts';

describe('readArgs', () => {
  it('reads a directory, a theme and the hyperlink switch', () => {
    expect(readArgs(['content', '--theme', 'light', '--no-hyperlinks'])).toEqual({
      help: false,
      dir: 'content',
      theme: 'light',
      hyperlinks: false,
    });
    expect(readArgs(['--api', 'http://127.0.0.1:4321'])).toMatchObject({
      api: 'http://127.0.0.1:4321',
    });
  });

  it('refuses an unknown theme, naming the ones there are', () => {
    expect(() => readArgs(['--theme', 'solarized'])).toThrow(ArgsError);
    expect(() => readArgs(['--theme', 'solarized'])).toThrow(
      "Unknown theme 'solarized': use light or dark",
    );
  });

  it('refuses more than one directory', () => {
    expect(() => readArgs(['content', 'other'])).toThrow(
      'Expected at most one content directory, got 2: content other',
    );
  });

  it('refuses two sources at once instead of reading one and dropping the other', () => {
    expect(() => readArgs(['content', '--catalog', 'cat.json'])).toThrow(
      'Read one catalog at a time: got the directory content and --catalog cat.json.',
    );
    expect(() => readArgs(['--catalog', 'cat.json', '--api', 'http://127.0.0.1:4321'])).toThrow(
      ArgsError,
    );
  });

  it('says an --api that is not a web address is not a URL', () => {
    for (const api of ['notaurl', 'ftp://example.org', '127.0.0.1:4321']) {
      expect(() => readArgs(['--api', api])).toThrow(`--api ${api} is not a URL`);
    }
  });

  it('turns an unknown option into the same kind of error', () => {
    expect(() => readArgs(['--colour'])).toThrow(ArgsError);
  });

  it('names the options there are when one is unknown, with its quotes balanced', () => {
    expect(() => readArgs(['--colour'])).toThrow(
      'Unknown option --colour: the options are --catalog, --api, --theme, --hyperlinks, --no-hyperlinks, --help. A directory whose name starts with - goes after --, as in: confnotes-reader -- --colour',
    );
  });
});

describe('USAGE', () => {
  it('fits an 80-column terminal, as --help prints it', () => {
    for (const line of USAGE.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    for (const option of ['--catalog', '--api', '--theme', '--hyperlinks', '--help']) {
      expect(USAGE).toContain(option);
    }
  });
});
