import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TextSpill } from './text-spill.ts';

const base = mkdtempSync(join(tmpdir(), 'confnotes-spill-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const temporary = () => mkdtempSync(join(base, 'case-'));

describe('TextSpill', () => {
  it('gives back what was appended, and leaves no file behind', () => {
    const dir = temporary();
    const spill = TextSpill.open(dir)!;
    const a = spill.append(Buffer.from('plain latin1 é', 'latin1'));
    const wide = Buffer.from('日本 — “quoted”', 'utf16le');
    const b = spill.append(wide);
    expect(spill.read(a, b, false)).toBe('plain latin1 é');
    expect(spill.read(b, wide.length, true)).toBe('日本 — “quoted”');
    expect(spill.size).toBe(b + wide.length);
    // Removed once open: nothing to clean up whatever ends the process.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says when bytes it was asked for are not there', () => {
    const spill = TextSpill.open(temporary())!;
    spill.append(Buffer.from('short'));
    expect(() => spill.read(2, 10, false)).toThrow(/cut short at byte 5/);
  });

  it('refuses to read or write once closed, and closes once', () => {
    const spill = TextSpill.open(temporary())!;
    const at = spill.append(Buffer.from('kept'));
    spill.close();
    spill.close();
    expect(() => spill.read(at, 4, false)).toThrow(/closed/);
    expect(() => spill.append(Buffer.from('more'))).toThrow(/closed/);
  });

  it('is undefined where no file can be made', () => {
    const file = join(temporary(), 'a-file');
    writeFileSync(file, '');
    expect(TextSpill.open(join(file, 'below'))).toBeUndefined();
  });
});
