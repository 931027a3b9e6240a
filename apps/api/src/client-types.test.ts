import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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

  it("type-checks the README's example in a project set up as the README says", async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const block = (lang: string) => {
      const found = new RegExp(`\n\`\`\`${lang}\n([\\s\\S]*?)\n\`\`\`\n`).exec(readme);
      if (!found) throw new Error(`The README gives no ${lang} block`);
      return found[1]!;
    };
    const own = join(project, 'own');
    // As `npm install <checkout>/apps/api` leaves it: a link to the package.
    await mkdir(join(own, 'node_modules', '@confnotes'), { recursive: true });
    await symlink(
      fileURLToPath(new URL('..', import.meta.url)),
      join(own, 'node_modules', '@confnotes', 'api'),
      'dir',
    );
    await writeFile(join(own, 'use.ts'), block('ts'));
    const config = JSON.parse(block('json')) as { compilerOptions: object };
    await writeFile(join(own, 'tsconfig.json'), JSON.stringify({ ...config, files: ['use.ts'] }));
    let errors = '';
    try {
      await run(process.execPath, [tsc, '-p', own]);
    } catch (error) {
      errors = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(errors).toBe('');
  }, 60_000);
});
