// The terminal settings of the shell that runs the tests are not the tests' to inherit: with
// FORCE_COLOR set there, every spawned `confnotes` wrote colors into the output tests compare.
// The tests of colors set these themselves.
for (const name of ['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS']) delete process.env[name];
// Where npm was run: the Astro loader names files from there, and `npm test` sets it to the
// repository's root, where the tests' expected paths, from their own content folders, are not.
delete process.env.INIT_CWD;
