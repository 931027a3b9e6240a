import { describe, expect, it } from 'vitest';
import { codeStamp } from './code-stamp.ts';

describe('codeStamp', () => {
  it('is one short hex tag per process', () => {
    expect(codeStamp()).toMatch(/^[0-9a-f]{12}$/);
    expect(codeStamp()).toBe(codeStamp());
  });
});
