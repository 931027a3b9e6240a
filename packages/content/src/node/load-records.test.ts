import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCuration, loadEvents } from './load-records.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-records-'));
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
