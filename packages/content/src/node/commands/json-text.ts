// JSON escapes the C0 control characters itself, but not these: DEL and the C1 controls
// (U+009B starts a control sequence and U+009D an operating system command, as ESC [ and ESC ]
// do, in terminals that read them), the line and paragraph separators, which end a line on a
// terminal, and the marks and overrides that reorder what a terminal shows (a title holding
// U+202E shows its words reversed, and those after it). Every one can come from an article or
// the name of its file. Written as `\uXXXX`, the JSON reads back the same.
const UNSHOWN = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with the characters that move or reorder a terminal's text written as escapes;
 * each chunk of a longer text can be given alone.
 * @example terminalSafeJson('"a\u202eb"') // '"a\\u202eb"'
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSHOWN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
