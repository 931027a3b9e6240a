// `npm run serve:worker -w @confnotes/api`: serves the Workers build (npm run build:worker) in
// workerd on http://127.0.0.1:$PORT (8787 by default), as Workers would; Ctrl-C stops it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeWorkerdConfig } from './workerd-config.ts';

const outDir = fileURLToPath(new URL('../dist/worker', import.meta.url));
const built = { script: `${outDir}/worker.js`, assets: `${outDir}/assets` };
if (!existsSync(built.script)) {
  console.error(
    `${built.script} is missing: run \`npm run build:worker -w @confnotes/api\` first.`,
  );
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8787);
const config = await writeWorkerdConfig(built, port);
// The npm package's main module gives the path of its platform's executable.
const { default: found } = await import('workerd');
const binary = typeof found === 'string' ? found : found.default;
const child = spawn(binary, ['serve', config], { stdio: 'inherit' });
console.log(`confnotes API on workerd: http://127.0.0.1:${port}/api`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.once('exit', (code) => process.exit(code ?? 0));
