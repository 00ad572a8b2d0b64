/**
 * VNI Windows (the "VNI-Times" fonts): a base letter followed by a second byte for the
 * vowel mark and tone, shown in today's Excel as Latin-1 characters ("Chæ tieâu" for
 * "Chỉ tiêu"). A few letters are one byte: the i-vowels, ơ (ô), ư (ö), ỵ (î), đ (ñ).
 * Capitals use the upper-case of both bytes ("TIEÂU").
 */
import { toNfc, withTone } from "./legacy-letters";

/** Second bytes (lower case) for the tones, in TONE_MARKS order: huyền, hỏi, ngã, sắc, nặng. */
const TONES = ["ø", "û", "õ", "ù", "ï"];
/** Second bytes for â (mũ) plain then with each tone; the same bytes on e and o. */
const CIRCUMFLEX = ["â", "à", "å", "ã", "á", "ä"];
/** Second bytes for ă (trăng) plain then with each tone; only on a. */
const BREVE = ["ê", "è", "ú", "ü", "é", "ë"];
/** One-byte i-vowels in tone order. */
const I_TONED = ["ì", "æ", "ó", "í", "ò"];

/** Lower-case Unicode letter → VNI sequence (lower case). */
const LOWER = new Map<string, string>();

for (let tone = 0; tone < 5; tone++) {
  for (const base of ["a", "e", "o", "u", "y"]) LOWER.set(withTone(base, tone), base + TONES[tone]);
  LOWER.set(withTone("ơ", tone), "ô" + TONES[tone]);
  LOWER.set(withTone("ư", tone), "ö" + TONES[tone]);
  LOWER.set(withTone("i", tone), I_TONED[tone]);
  LOWER.set(withTone("â", tone), "a" + CIRCUMFLEX[tone + 1]);
  LOWER.set(withTone("ê", tone), "e" + CIRCUMFLEX[tone + 1]);
  LOWER.set(withTone("ô", tone), "o" + CIRCUMFLEX[tone + 1]);
  LOWER.set(withTone("ă", tone), "a" + BREVE[tone + 1]);
}
LOWER.set("ỵ", "î"); // not "yï": VNI has a one-byte ỵ
LOWER.set("â", "aâ");
LOWER.set("ê", "eâ");
LOWER.set("ô", "oâ");
LOWER.set("ă", "aê");
LOWER.set("ơ", "ô");
LOWER.set("ư", "ö");
LOWER.set("đ", "ñ");

const ENCODE = new Map<string, string>();
const DECODE = new Map<string, string>();
for (const [letter, seq] of LOWER) {
  const upperLetter = letter.toUpperCase();
  const upperSeq = seq.toUpperCase();
  ENCODE.set(letter, seq);
  ENCODE.set(upperLetter, upperSeq);
  DECODE.set(seq, letter);
  DECODE.set(upperSeq, upperLetter);
  if (seq.length === 2) {
    // Tolerate a mark byte typed in the other case: the base letter decides the case.
    DECODE.set(seq[0] + upperSeq[1], letter);
    DECODE.set(upperSeq[0] + seq[1], upperLetter);
  }
}
DECODE.set("yï", "ỵ"); // seen in some files instead of "î"
DECODE.set("YÏ", "Ỵ");
DECODE.delete("ì"); // ì and í are the same in VNI and Unicode: not a sign of VNI
DECODE.delete("Ì");
DECODE.delete("í");
DECODE.delete("Í");

/** True when `ch` is a VNI byte (mark or one-byte letter) that changes on decoding. */
export function isVniChar(ch: string): boolean {
  return VNI_CHARS.has(ch);
}
const VNI_CHARS = new Set<string>();
for (const seq of DECODE.keys()) for (const ch of seq) if (ch.charCodeAt(0) > 0x7f) VNI_CHARS.add(ch);

/** VNI text (as Latin-1 characters) to Unicode NFC. Characters outside the table pass through. */
export function decodeVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const pair = DECODE.get(text.slice(i, i + 2));
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i++;
      continue;
    }
    out += DECODE.get(text[i]) ?? text[i];
  }
  return toNfc(out);
}

/** Unicode to VNI. */
export function encodeVni(unicode: string): string {
  let out = "";
  for (const ch of unicode.normalize("NFC")) out += ENCODE.get(ch) ?? ch;
  return out;
}
