import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fieldOf, loadCuration, loadEvents } from './load-records.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-records-'));
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('curated records', () => {
  it('read control characters written as escapes as U+FFFD, with a warning where they are', async () => {
    mkdirSync(join(root, 'events'), { recursive: true });
    writeFileSync(
      join(root, 'events', 'benchconf.yaml'),
      'id: benchconf-2024\nyear: 2024\nname: "BenchConf \\e[2J 2024"\n',
    );
    writeFileSync(join(root, 'speakers.yaml'), '- name: "Ada\\u0007 Byron"\n  match: [Ada]\n');
    const { events, diagnostics } = await loadEvents(root);
    expect(events[0]?.name).toBe('BenchConf \uFFFD[2J 2024');
    expect(diagnostics).toMatchObject([
      { code: 'control-character', file: 'events/benchconf.yaml', line: 3, column: 7 },
    ]);
    const { curation, diagnostics: found } = await loadCuration(root);
    expect(curation.speakers[0]?.name).toBe('Ada\uFFFD Byron');
    expect(found).toMatchObject([{ code: 'control-character', file: 'speakers.yaml', line: 1 }]);
    expect(found[0]?.message).toMatch(
      /^The file holds control characters \(the first: in `name` of record 1\)/,
    );
    expect(diagnostics[0]?.message).toContain('(the first: in `name`)');
  });

  it('leave out, at its line, an event whose id no page can have, and keep the others', async () => {
    const dir = mkdtempSync(join(root, 'ids-'));
    mkdirSync(join(dir, 'events'));
    const ids = [
      '../../x',
      'a/b',
      'Conf 2015',
      'dockercon-eu-2015',
      'día-uno',
      'kubecon-東京-2019',
    ];
    for (const [i, id] of ids.entries())
      writeFileSync(join(dir, 'events', `e${i}.yaml`), `name: Event ${i}\nid: '${id}'\n`);
    const { events, diagnostics } = await loadEvents(dir);
    expect(events.map((e) => e.id)).toEqual(['dockercon-eu-2015', 'kubecon-東京-2019']);
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ['invalid-record', 'events/e0.yaml', 2, 5],
      ['invalid-record', 'events/e1.yaml', 2, 5],
      ['invalid-record', 'events/e2.yaml', 2, 5],
      ['invalid-record', 'events/e4.yaml', 2, 5],
    ]);
    expect(diagnostics[2]!.message).toContain('`Conf 2015` is no id');
    expect(diagnostics[2]!.message).toContain('(`conf-2015`)');
    expect(diagnostics[3]!.message).toContain('(`dia-uno`)');
  });

  it('name the field of a value as its writer knows it', () => {
    expect(fieldOf([2, 'links', 1, 'url'])).toBe('in `links[1].url` of record 3');
    expect(fieldOf(['talks', 0])).toBe('in `talks[0]`');
    expect(fieldOf([0])).toBe('in record 1');
    expect(fieldOf([])).toBe('in its value');
  });

  it('read a file that begins with a byte-order mark, placing its problems as an editor shows them', async () => {
    const dir = join(root, 'bom');
    mkdirSync(join(dir, 'events'), { recursive: true });
    writeFileSync(join(dir, 'events', 'a.yaml'), '\uFEFFid: a-2015\nname: A 2015\nyear: 2015\n');
    writeFileSync(join(dir, 'speakers.yaml'), '\uFEFF- name: "Ada\\u0007 Byron"\n  match: [Ada]\n');
    const { events, diagnostics } = await loadEvents(dir);
    expect(diagnostics).toEqual([]);
    expect(events.map((e) => e.id)).toEqual(['a-2015']);
    const { curation, diagnostics: found } = await loadCuration(dir);
    expect(curation.speakers.map((s) => s.name)).toEqual(['Ada\uFFFD Byron']);
    expect(found).toMatchObject([{ code: 'control-character', line: 1, column: 9 }]);
  });

  it('leave out an event whose dates the calendar has not, and say where each one is', async () => {
    const dir = join(root, 'dates');
    mkdirSync(join(dir, 'events'), { recursive: true });
    writeFileSync(
      join(dir, 'events', 'a.yaml'),
      'id: a-2015\nname: A 2015\nstart: 2015-13-45\nend: 2015-02-30\n',
    );
    writeFileSync(join(dir, 'events', 'b.yaml'), 'id: b-2016\nname: B 2016\nstart: 2016-02-29\n');
    const { events, diagnostics } = await loadEvents(dir);
    expect(events.map((e) => e.id)).toEqual(['b-2016']);
    expect(diagnostics).toMatchObject([
      { code: 'invalid-record', file: 'events/a.yaml', line: 3, column: 8 },
      { code: 'invalid-record', file: 'events/a.yaml', line: 4, column: 6 },
    ]);
    expect(diagnostics[0]!.message).toContain('`start`: Not a real calendar date');
  });

  it('say a file with a syntax error is ignored whole, with how many records it takes along', async () => {
    const dir = join(root, 'syntax');
    mkdirSync(join(dir, 'events'), { recursive: true });
    writeFileSync(
      join(dir, 'speakers.yaml'),
      '- name: Ada Lovelace\n- name: Grace Hopper\n- name: "unclosed\n',
    );
    writeFileSync(join(dir, 'talks.yaml'), '- title: Fine\n  match: [a\n- title: Also fine\n');
    writeFileSync(join(dir, 'events', 'a.yaml'), 'id: a-2015\nname: "A 2015\n');
    const { curation, diagnostics } = await loadCuration(dir);
    expect(curation).toEqual({ speakers: [], talks: [] });
    expect(diagnostics).toMatchObject([
      // At the quote left open.
      {
        code: 'invalid-records-file',
        severity: 'error',
        file: 'speakers.yaml',
        line: 3,
        column: 9,
      },
      { code: 'invalid-records-file', severity: 'error', file: 'talks.yaml' },
    ]);
    expect(diagnostics[0]!.message).toMatch(
      /^The whole file is ignored until its YAML syntax error is fixed: none of its 3 records apply \(This double quote is never closed\)\.$/,
    );
    expect(diagnostics[1]!.message).toContain('none of its 2 records apply');
    for (const d of diagnostics) {
      expect(d.message).not.toContain('This curated record');
      expect(d.hint).toMatch(/^Fix the YAML syntax at this line/);
    }
    const events = await loadEvents(dir);
    expect(events.events).toEqual([]);
    expect(events.diagnostics).toMatchObject([
      { code: 'invalid-records-file', file: 'events/a.yaml', line: 2 },
    ]);
    expect(events.diagnostics[0]!.message).toContain('the event it holds does not apply');
  });
});

describe('curated files the build does not read', () => {
  const codes = (d: { code: string; file: string; message: string }[]) =>
    d.map((x) => `${x.file} ${x.code}: ${x.message}`);

  it('follow no link out of the content folder, and say so', async () => {
    const dir = join(root, 'linked');
    const outside = join(root, 'outside');
    mkdirSync(join(dir, 'events'), { recursive: true });
    mkdirSync(join(outside, 'events'), { recursive: true });
    writeFileSync(join(outside, 'speakers.yaml'), '- name: Mallory\n  match: [Eve]\n');
    writeFileSync(join(outside, 'event.yaml'), 'id: secret-2020\nname: Secret 2020\n');
    symlinkSync(join(outside, 'speakers.yaml'), join(dir, 'speakers.yaml'));
    symlinkSync(join(dir, 'nothing.yaml'), join(dir, 'talks.yaml'));
    symlinkSync(join(outside, 'event.yaml'), join(dir, 'events', 'secret.yaml'));
    writeFileSync(join(dir, 'events', 'ok.yaml'), 'id: ok-2020\nname: OK 2020\n');
    const { events, diagnostics } = await loadEvents(dir);
    expect(events.map((e) => e.id)).toEqual(['ok-2020']);
    expect(codes(diagnostics)).toEqual([
      'events/secret.yaml unfollowed-link: This symbolic link is not followed: it leads out of the content folder.',
    ]);
    const { curation, diagnostics: found } = await loadCuration(dir);
    expect(curation.speakers).toEqual([]);
    expect(codes(found)).toEqual([
      'speakers.yaml unfollowed-link: This symbolic link is not followed: it leads out of the content folder.',
      'talks.yaml unfollowed-link: This symbolic link is not followed: it leads to nothing.',
    ]);
    const other = join(root, 'linked-events');
    mkdirSync(other, { recursive: true });
    symlinkSync(join(outside, 'events'), join(other, 'events'));
    expect(codes((await loadEvents(other)).diagnostics)).toEqual([
      'events unfollowed-link: This symbolic link is not followed: it leads out of the content folder.',
    ]);
  });

  it('say which could not be read, and take nothing from it', async () => {
    const dir = join(root, 'unreadable');
    mkdirSync(join(dir, 'talks.yaml'), { recursive: true });
    writeFileSync(join(dir, 'events'), 'not a folder\n');
    expect(codes((await loadCuration(dir)).diagnostics)).toEqual([
      'talks.yaml unreadable-file: The file could not be read: it is a folder, where a file of records should be.',
    ]);
    expect(codes((await loadEvents(dir)).diagnostics)).toEqual([
      'events not-a-folder: This is a file, where a folder of event files should be: nothing is read from it.',
    ]);
    // Absent files are no news: most content has no curated records.
    expect((await loadCuration(join(root, 'dates'))).diagnostics).toEqual([]);
  });

  it.runIf(hasMkfifo)(
    'say that a named pipe is not a file, rather than wait on it for ever',
    async () => {
      const dir = join(root, 'pipes');
      mkdirSync(join(dir, 'events'), { recursive: true });
      spawnSync('mkfifo', [join(dir, 'speakers.yaml'), join(dir, 'events', 'a.yaml')]);
      expect(codes((await loadCuration(dir)).diagnostics)).toEqual([
        'speakers.yaml unreadable-file: The file could not be read: it is not a regular file but a named pipe, a socket or a device.',
      ]);
      expect(codes((await loadEvents(dir)).diagnostics)).toEqual([
        'events/a.yaml unreadable-file: The file could not be read: it is not a regular file but a named pipe, a socket or a device.',
      ]);
    },
  );
});

describe('a curated file YAML reads no value from', () => {
  it('is reported where the writer fixes it, and the build goes on', async () => {
    const dir = join(root, 'starred');
    mkdirSync(join(dir, 'events'), { recursive: true });
    writeFileSync(join(dir, 'speakers.yaml'), '- name: Ann Other\n- name: *Bob*\n  match: [Bob]\n');
    writeFileSync(join(dir, 'events', 'a.yaml'), 'id: a-2020\nname: *A*\n');
    const told = (d: { file: string; line: number; column: number; message: string }[]) =>
      d.map((x) => `${x.file}:${x.line}:${x.column} ${x.message}`);
    expect(told((await loadCuration(dir)).diagnostics)).toEqual([
      'speakers.yaml:2:9 The whole file is ignored until its YAML syntax error is fixed: none of its 2 records apply (A value that starts with `*` is read as a YAML alias, not as text: put the value in quotes).',
    ]);
    expect(told((await loadEvents(dir)).diagnostics)).toEqual([
      'events/a.yaml:2:7 The whole file is ignored until its YAML syntax error is fixed: the event it holds does not apply (A value that starts with `*` is read as a YAML alias, not as text: put the value in quotes).',
    ]);
  });
});
