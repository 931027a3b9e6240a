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
});
