import { all, createLowlight } from 'lowlight';

// highlight.js's grammars through lowlight, which gives a syntax tree rather than HTML, so the
// reader paints each token with its theme's roles. Every grammar: recaps quote Dockerfiles,
// Elixir and Erlang as often as JavaScript. A chunk of its own, loaded after the first frame.
export const highlighter = createLowlight(all);
