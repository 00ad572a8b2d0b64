/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC charset of the ".VnTime" fonts).
 * One byte per letter; opened in today's Excel, the bytes show as Latin-1 characters
 * ("ChØ tiªu" for "Chỉ tiêu"). VN3 has no code points for upper-case toned letters: the
 * capitals fonts (".VnTimeH") draw the lower-case code points as capitals, so "KINH TẾ"
 * typed in .VnTimeH is stored as "KINH TÕ" (or "kinh tÕ"). Only Ă Â Ê Ô Ơ Ư Đ have their
 * own capital code points (¡ ¢ £ ¤ ¥ ¦ §).
 */
import { toNfc, VOWELS, withTone, type Vowel } from "./legacy-letters";

/** Code points of each vowel: [untoned (or null when plain ASCII), grave, hook, tilde, acute, dot]. */
const VOWEL_CODES: Record<Vowel, readonly [number | null, number, number, number, number, number]> = {
  a: [null, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [null, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [null, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [null, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [null, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [null, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};

/** The capitals that VN3 does encode. */
const CAPITALS: Record<string, number> = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7 };

const DECODE = new Map<string, string>();
const ENCODE = new Map<string, string>();

function add(unicode: string, code: number): void {
  const legacy = String.fromCharCode(code);
  DECODE.set(legacy, unicode);
  ENCODE.set(unicode, legacy);
}

for (const vowel of VOWELS) {
  const codes = VOWEL_CODES[vowel];
  if (codes[0] !== null) add(vowel, codes[0]);
  for (let tone = 0; tone < 5; tone++) add(withTone(vowel, tone), codes[tone + 1] as number);
}
add("đ", 0xae);
for (const [capital, code] of Object.entries(CAPITALS)) add(capital, code);
// Upper-case toned letters have no code of their own: they encode as their lower case.
for (const vowel of VOWELS) {
  for (let tone = 0; tone < 5; tone++) {
    const lower = withTone(vowel, tone);
    ENCODE.set(lower.toUpperCase(), ENCODE.get(lower) as string);
  }
}

/** True when `ch` is a TCVN3 code point that decodes to a Vietnamese letter. */
export function isTcvn3Char(ch: string): boolean {
  return DECODE.has(ch);
}

export interface Tcvn3DecodeOptions {
  /**
   * The text was set in a capitals font (".VnTimeH"): upper-case everything.
   * When omitted, text whose ASCII letters are all capitals (at least two) is upper-cased too.
   */
  capitals?: boolean;
}

/** TCVN3 text (as Latin-1 characters) to Unicode NFC. Characters outside the table pass through. */
export function decodeTcvn3(text: string, options: Tcvn3DecodeOptions = {}): string {
  const capitals = options.capitals ?? looksAllCaps(text);
  if (capitals || options.capitals === false) {
    const out = decodeChars(text);
    return toNfc(capitals ? out.toUpperCase() : out);
  }
  return toNfc(decodeWithCapitalRuns(text));
}

function decodeChars(text: string): string {
  let out = "";
  for (const ch of text) out += DECODE.get(ch) ?? ch;
  return out;
}

/**
 * A title typed half in .VnTime, half in .VnTimeH ("Biểu số 2: CÁC CHỈ TIÊU KHÁC", stored as
 * "BiÓu sè 2: C¸C CHØ TI£U KH¸C"): a run of words with no lower-case ASCII letter, one of them with
 * at least two capitals, was set in the capitals font, and is upper-cased; the other words are not
 * ("Sè" stays "Số", "X· A" stays "Xã A").
 */
function decodeWithCapitalRuns(text: string): string {
  const tokens = text.split(/(\s+)/);
  let out = "";
  let run: string[] = [];
  let runCapitals = 0;
  const flush = () => {
    const decoded = decodeChars(run.join(""));
    out += runCapitals >= 2 ? decoded.toUpperCase() : decoded;
    run = [];
    runCapitals = 0;
  };
  for (const token of tokens) {
    const lower = /[a-z]/.test(token);
    if (lower) {
      flush();
      out += decodeChars(token);
      continue;
    }
    run.push(token);
    runCapitals = Math.max(runCapitals, (token.match(/[A-Z]/g) ?? []).length);
  }
  flush();
  return out;
}

/** Unicode to TCVN3. Upper-case toned letters become their lower-case code (see the module note). */
export function encodeTcvn3(unicode: string): string {
  let out = "";
  for (const ch of unicode.normalize("NFC")) out += ENCODE.get(ch) ?? ch;
  return out;
}

function looksAllCaps(text: string): boolean {
  const ascii = text.match(/[A-Za-z]/g) ?? [];
  return ascii.length >= 2 && ascii.every((ch) => ch >= "A" && ch <= "Z");
}
