import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWhole } from './write-whole.ts';

const dir = mkdtempSync(join(tmpdir(), 'confnotes-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeWhole', () => {
  it('writes the file and leaves nothing else beside it', async () => {
    const file = join(dir, 'a.json');
    await writeWhole(file, '{"a":1}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('writes a file whose name is as long as a file system takes', async () => {
    const folder = join(dir, 'long');
    mkdirSync(folder);
    const name = `${'é'.repeat(123)}.json`;
    expect(Buffer.byteLength(name)).toBe(251);
    await writeWhole(join(folder, name), '[]\n');
    expect(readdirSync(folder)).toEqual([name]);
    expect(readFileSync(join(folder, name), 'utf8')).toBe('[]\n');
  });

  it('removes the temporary file when the write fails, and passes the failure on', async () => {
    const target = join(dir, 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true });
    // A non-empty directory cannot be replaced by a file.
    await expect(writeWhole(target, 'x')).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('removes the temporary file when the process is stopped during the write', async () => {
    const file = join(dir, 'big.json');
    const script = `import { writeWhole } from ${JSON.stringify(new URL('./write-whole.ts', import.meta.url).href)};
      await writeWhole(${JSON.stringify(file)}, 'x'.repeat(400 * 1024 * 1024));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: 'ignore',
    });
    const temporary = `${file}.${child.pid}.tmp`;
    while (!existsSync(temporary)) await new Promise((r) => setTimeout(r, 2));
    child.kill('SIGTERM');
    const signal = await new Promise((resolve) => child.once('exit', (_code, s) => resolve(s)));
    expect(signal).toBe('SIGTERM');
    expect(existsSync(temporary)).toBe(false);
    expect(existsSync(file)).toBe(false);
  });
});
