import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPath, hintIn } from './content-path.ts';

describe('paths of the content folder', () => {
  it('are written from the working directory, as the user typed the folder', () => {
    expect(contentPath('content', 'posts/x.md')).toBe(join('content', 'posts', 'x.md'));
    expect(contentPath(join(process.cwd(), 'mydir'), 'talks.yaml')).toBe(
      join('mydir', 'talks.yaml'),
    );
    expect(contentPath('.', 'talks.yaml')).toBe('talks.yaml');
  });

  it('keep the absolute path of a folder given by one outside the working directory', () => {
    const outside = join(process.cwd(), '..', 'site');
    expect(contentPath(outside, 'posts/x.md')).toBe(join(outside, 'posts', 'x.md'));
    expect(contentPath(join(process.cwd(), '..'), 'talks.yaml')).toBe(
      join(process.cwd(), '..', 'talks.yaml'),
    );
    // Typed relative, it stays relative, as typed.
    expect(contentPath(join('..', 'site'), 'talks.yaml')).toBe(join('..', 'site', 'talks.yaml'));
  });

  it('name the curated files of a hint in the folder given, and leave other words alone', () => {
    expect(hintIn('mydir', 'Add it in `talks.yaml` of the content folder.')).toBe(
      `Add it in \`${join('mydir', 'talks.yaml')}\`.`,
    );
    expect(
      hintIn('a/b', 'Add the person to `speakers.yaml` of the content folder with `match`.'),
    ).toBe(`Add the person to \`${join('a', 'b', 'speakers.yaml')}\` with \`match\`.`);
    const generic = 'the format of events, speakers.yaml and talks.yaml is in the README.';
    expect(hintIn('mydir', generic)).toBe(generic);
  });
});
