import type { Diagnostic } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../test/catalog-fixture.ts';
import { loadedDiagnostics } from './loaded-diagnostics.ts';

const firstNameOnly = (name: string, column: number): Diagnostic => ({
  ...fixtureCatalog().diagnostics[0]!,
  severity: 'info',
  code: 'speaker-first-name-only',
  file: 'posts/srecon.md',
  line: 18,
  column,
  message: `The speaker "${name}" is known only by a first name.`,
});

describe('loadedDiagnostics', () => {
  it('keeps two findings of one code on one line, as a catalog file or the API sends them', () => {
    const nati = firstNameOnly('Nati', 2);
    const avishai = firstNameOnly('Avishai', 41);
    const catalog = { ...fixtureCatalog(), diagnostics: [nati, avishai] };
    expect(loadedDiagnostics([], catalog)).toEqual([nati, avishai]);
  });

  it("lists once a finding both the loader and the catalog report, as a content folder's build does", () => {
    const nati = firstNameOnly('Nati', 2);
    const avishai = firstNameOnly('Avishai', 41);
    const catalog = { ...fixtureCatalog(), diagnostics: [nati, avishai] };
    expect(loadedDiagnostics([{ ...nati }, { ...avishai }], catalog)).toEqual([nati, avishai]);
  });
});
