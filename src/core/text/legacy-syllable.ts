/**
 * Is a word a plausible Vietnamese syllable (âm tiết)? Used to tell legacy-encoded text from
 * ordinary text: "Tû" is no syllable but decodes (TCVN3) to "tỷ", which is one.
 * Structure: initial consonant? + vowel cluster + final consonant?, at most one tone, the rule
 * that syllables ending in p, t, c, ch take only the sắc or nặng tone, and where the tone sits in
 * the cluster (old and new styles both: "hòa" and "hoà"). Without that last rule VNI "veä" read as
 * TCVN3 passed as "veọ", and a VNI sentence could be taken for TCVN3.
 */
import { TONE_MARKS, VOWELS, withTone } from "./legacy-letters";

const ACUTE = 3; // sắc, in TONE_MARKS order
const DOT = 4; // nặng

/** Toned vowel (lower case, NFC) → [the vowel without tone, tone index]. */
const TONED = new Map<string, [string, number]>();
for (const vowel of VOWELS) {
  for (let tone = 0; tone < TONE_MARKS.length; tone++) TONED.set(withTone(vowel, tone), [vowel, tone]);
}

const INITIAL = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x";
/** Vowel clusters that end the syllable (no final consonant). */
const OPEN = "oai|oay|oao|oeo|uôi|ươi|ươu|iêu|yêu|uây|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ưa|ua|uơ";
/** Vowel clusters that must take a final consonant. */
const CLOSED = "uyê|iê|yê|uô|ươ|oă|uâ|ă|â";
/** Vowel clusters that may or may not take one. */
const EITHER = "oa|oe|uê|uy|a|e|ê|i|o|ô|ơ|u|ư|y";
const FINAL = "ch|ng|nh|c|m|n|p|t";

// "oo" only in loanwords before ng or c: "xoong", "boong", "soóc", "rơ moóc".
const SYLLABLE = new RegExp(`^(${INITIAL})?(?:(?:${OPEN})|(?:${CLOSED})(${FINAL})|oo(ng|c)|(?:${EITHER})(${FINAL})?)$`);
const STOP_FINALS = new Set(["p", "t", "c", "ch"]);

/** True when `word` (any case, NFC or NFD) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length > 8) return false; // the longest, "nghiêng", has 7 letters
  const lower = (/[\u0300-\u036f]/.test(word) ? word.normalize("NFC") : word).toLowerCase();
  let toneless = "";
  let tone = -1;
  let toneAt = -1;
  for (const ch of lower) {
    const toned = TONED.get(ch);
    if (toned === undefined) {
      toneless += ch;
      continue;
    }
    if (tone >= 0) return false; // two tones
    toneAt = toneless.length;
    toneless += toned[0];
    tone = toned[1];
  }
  const match = SYLLABLE.exec(toneless);
  if (!match) return false;
  const final = match[2] ?? match[3] ?? match[4] ?? "";
  if (STOP_FINALS.has(final) && tone !== ACUTE && tone !== DOT) return false;
  if (toneAt < 0) return true;
  const initial = match[1] ?? "";
  const vowels = toneless.slice(initial.length, toneless.length - final.length);
  return tonePlaces(vowels, final !== "").includes(toneAt - initial.length);
}

const MARKED_VOWEL = /[ăâêôơư]/g;

/**
 * Where a tone may sit in a vowel cluster (indices): on the vowel with a diacritic (the last one:
 * "ươ" → ơ); in "oa", "oe", "uy" on either vowel when open ("hòa", "hoà"), on the second before a
 * final ("hoàng"); on the second of "oo" ("xoóng"); on the first of another pair ("ái", "mía");
 * on the middle of three ("ngoài", "khuỷu").
 */
function tonePlaces(vowels: string, closed: boolean): number[] {
  if (vowels.length === 1) return [0];
  const marked = [...vowels.matchAll(MARKED_VOWEL)];
  if (marked.length > 0) return [marked[marked.length - 1].index ?? 0];
  if (vowels === "oa" || vowels === "oe" || vowels === "uy") return closed ? [1] : [0, 1];
  if (vowels.length === 2) return closed ? [1] : [0];
  return [1];
}

/** True when the word has a vowel letter at all (abbreviations such as "ĐVT" have none). */
export function hasVowel(word: string): boolean {
  return /[aeiouy]/.test(word.normalize("NFD").toLowerCase());
}
