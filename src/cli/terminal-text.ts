/**
 * Text bound for the terminal, with what could act on the terminal made visible: a file or sheet name
 * (or a cell's text) may hold ESC sequences that recolour or retitle the terminal, carriage returns
 * that overwrite a line, or bidi controls that show a name backwards. Every line the command line
 * prints passes through `visible`; line breaks it writes itself are kept.
 */

/** C0 controls but \n, DEL, C1 controls, and the bidi and zero-width marks that reorder or hide text. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x1b) return "\\e";
  if (code === 0x0d) return "\\r";
  if (code === 0x09) return "\\t";
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** `text` with every control character shown as an escape ("\e[31m", "\x07", "\u202e"); "\n" kept. */
export function visible(text: string): string {
  return text.replace(UNSAFE, escape);
}
