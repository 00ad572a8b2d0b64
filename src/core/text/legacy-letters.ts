/**
 * The Vietnamese alphabet as the legacy tables see it: each vowel with its five tones
 * (thanh điệu), in the order the TCVN3 table lists them: grave (huyền), hook (hỏi),
 * tilde (ngã), acute (sắc), dot below (nặng).
 */

/** Combining tone marks, in table order: huyền, hỏi, ngã, sắc, nặng. */
export const TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;

/** The twelve vowel letters (lower case) that take tones. */
export const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;
export type Vowel = (typeof VOWELS)[number];

/** `vowel` carrying tone `tone` (0..4, see TONE_MARKS), as one NFC letter. */
export function withTone(vowel: string, tone: number): string {
  return (vowel + TONE_MARKS[tone]).normalize("NFC");
}

/** All 67 lower-case Vietnamese letters outside ASCII (60 toned vowels, ă â ê ô ơ ư, đ). */
export function vietnameseLowerLetters(): string[] {
  const letters: string[] = [];
  for (const vowel of VOWELS) {
    if (vowel.charCodeAt(0) > 0x7f) letters.push(vowel);
    for (let tone = 0; tone < TONE_MARKS.length; tone++) letters.push(withTone(vowel, tone));
  }
  letters.push("đ");
  return letters;
}

/** NFC, skipping the work when there is no combining mark (the tables only produce NFC). */
export function toNfc(text: string): string {
  return /[\u0300-\u036f]/.test(text) ? text.normalize("NFC") : text;
}
