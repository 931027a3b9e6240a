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
});
