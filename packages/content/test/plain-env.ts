// The terminal settings of the shell that runs the tests are not the tests' to inherit: with
// FORCE_COLOR set there, every spawned `confnotes` wrote colors into the output tests compare.
// The tests of colors set these themselves.
for (const name of ['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS']) delete process.env[name];
