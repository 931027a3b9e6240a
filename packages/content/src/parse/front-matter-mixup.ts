// Hugo reads YAML between `---` and TOML between `+++`: front matter copied from one kind of
// post into the other's fences reads as nonsense, and the parser's own words do not say why.

const tomlKeyLine = /^[ \t]*(?:[\w-]+|"[^"]*"|'[^']*')(?:[ \t]*\.[ \t]*[\w-]+)*[ \t]*=/;
const tomlTableLine = /^[ \t]*\[\[?[ \t]*[\w".'-]+[ \t]*\]\]?[ \t]*(?:#.*)?$/;
const yamlKeyLine = /^[ \t]*[\w-]+:(?:[ \t]|$)/;

/** Why YAML front matter that is a single value is so, when its lines are TOML. */
export const TOML_IN_YAML_FENCES =
  'The front matter is fenced by `---`, for YAML, but its `key = value` lines are TOML: fence TOML with `+++`, or write YAML (`key: value`)';

/** Why a line of TOML front matter cannot be read, when it is YAML. */
export const YAML_IN_TOML_FENCES =
  'This line is YAML (`key: value`), but the front matter is fenced by `+++`, for TOML: fence YAML with `---`, or write TOML (`key = "value"`)';

/** Whether every line of `raw` with text is a TOML key or table (comments aside). */
export function looksLikeToml(raw: string): boolean {
  const lines = raw.split('\n').filter((l) => !/^[ \t]*(?:#.*)?$/.test(l));
  return lines.length > 0 && lines.every((l) => tomlKeyLine.test(l) || tomlTableLine.test(l));
}

/** Whether `line` is a YAML `key: value` (which TOML cannot read). */
export const looksLikeYaml = (line: string): boolean => yamlKeyLine.test(line);
