import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsc = join(
  createRequire(import.meta.url).resolve('typescript/package.json'),
  '..',
  'bin',
  'tsc',
);
const client = fileURLToPath(new URL('./client.ts', import.meta.url));

let project: string;
beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'confnotes-client-types-'));
});
afterAll(() => rm(project, { recursive: true, force: true }));

/** Type-checks a file using the client in a project of its own, as a consumer's would be. */
async function typecheck(compilerOptions: Record<string, unknown>): Promise<string> {
  await writeFile(
    join(project, 'use.ts'),
    `import { createApiClient } from ${JSON.stringify(client)};\n` +
      `const res = await createApiClient('http://localhost:4321').api.events.$get();\n` +
      `if (res.ok) console.log((await res.json()).data.length);\n`,
  );
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        // The client is TypeScript source: its own imports end with `.ts`.
        allowImportingTsExtensions: true,
        ...compilerOptions,
      },
      files: ['use.ts'],
    }),
  );
  try {
    await run(process.execPath, [tsc, '-p', project]);
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('the typed client in a project of its own', () => {
  it('type-checks in a browser project, with the DOM library and no Node types', async () => {
    const errors = await typecheck({
      target: 'es2022',
      lib: ['es2022', 'dom', 'dom.iterable'],
      module: 'esnext',
      moduleResolution: 'bundler',
      types: [],
    });
    expect(errors).toBe('');
  }, 60_000);

  it('type-checks in a project with the strictest options (those of @tsconfig/strictest)', async () => {
    const errors = await typecheck({
      target: 'es2022',
      lib: ['es2022', 'dom'],
      module: 'esnext',
      moduleResolution: 'bundler',
      types: [],
      exactOptionalPropertyTypes: true,
      noImplicitReturns: true,
      noPropertyAccessFromIndexSignature: true,
      noUncheckedIndexedAccess: true,
      noFallthroughCasesInSwitch: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      noImplicitOverride: true,
    });
    expect(errors).toBe('');
  }, 60_000);
});
