// npm itself may run on an older system Node; the project pins Node 24 through the `node`
// devDependency, whose binary npm scripts find first on PATH. This stops a script early, with
// the fix, when that pin is missing (dependencies not installed) or bypassed.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `confnotes needs Node >= 22.12 (it pins Node 24), but this script ran on Node ${process.versions.node}.\n` +
      'Run `npm install` at the repository root first, then start scripts through npm (`npm test`, `npm start`),\n' +
      'which puts the pinned Node from node_modules/.bin ahead of the system one.',
  );
  process.exit(1);
}
