import { all, createLowlight } from 'lowlight';

// highlight.js's grammars through lowlight, which gives a syntax tree (hast) rather than HTML, so
// the page writes the tokens through the same serializer as the rest of its HTML. Every grammar,
// not the common 37: recaps quote Dockerfiles, Elixir and Erlang as often as JavaScript. Loaded
// only by a page that has code to colour (see `highlightCode`): it takes some 130 ms.
export const highlighter = createLowlight(all);
