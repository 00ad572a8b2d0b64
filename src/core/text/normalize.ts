/**
 * Text as people typed it: NFC vs NFD, non-breaking and doubled spaces, stray control characters.
 * Legacy encodings (TCVN3, VNI) are handled in legacy.ts; call `decodeLegacyText` first when the
 * text may be legacy.
 */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
// Control characters other than tab/newline (which SPACES folds) are dropped.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

// Anything normalizeText changes besides NFC: controls, odd spaces, doubled or outer spaces.
// eslint-disable-next-line no-control-regex
const UNTIDY = /[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

/** NFC, controls removed, every run of white space (incl. non-breaking) one space, trimmed. */
export function normalizeText(text: string): string {
  // Most cells are already tidy: only NFC is left to do (NFC adds no space or control character).
  if (!UNTIDY.test(text)) return text.normalize("NFC");
  return text.normalize("NFC").replace(CONTROLS, "").replace(SPACES, " ").trim();
}

/**
 * For matching words: normalised, lower case, diacritics removed, đ → d.
 * "Kế hoạch" and "KE  HOACH" both fold to "ke hoach".
 */
export function foldForMatch(text: string): string {
  // Memoised like matchKey: the same headers, units and names are folded on every sheet.
  const cached = folded.get(text);
  if (cached !== undefined) return cached;
  const result = computeFold(text);
  if (folded.size >= MEMO_LIMIT) folded.clear();
  folded.set(text, result);
  return result;
}

const folded = new Map<string, string>();

function computeFold(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

/**
 * The key under which indicators match across returns and settings: folded, punctuation
 * reduced to spaces. Case-, diacritic- and space-insensitive as domain.md asks... but diacritics
 * matter in Vietnamese ("hộ" vs "họ"), so the key keeps them: lower-cased NFC only.
 */
export function matchKey(name: string): string {
  const cached = matchKeys.get(name);
  if (cached !== undefined) return cached;
  const key = computeMatchKey(name);
  if (matchKeys.size >= MEMO_LIMIT) matchKeys.clear();
  matchKeys.set(name, key);
  return key;
}

/** Indicator names repeat across thousands of returns: their keys are memoised (bounded). */
const MEMO_LIMIT = 50_000;
const matchKeys = new Map<string, string>();

function computeMatchKey(name: string): string {
  return normalizeText(name)
    .toLowerCase()
    .replace(/[.,;:()"“”'‘’!?]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `text` (folded) contains `cue` (folded) as whole words. */
export function containsWords(text: string, cue: string): boolean {
  const hay = ` ${foldForMatch(text).replace(/[^a-z0-9%‰]+/g, " ")} `;
  const needle = foldForMatch(cue)
    .replace(/[^a-z0-9%‰]+/g, " ")
    .trim();
  return needle.length > 0 && hay.includes(` ${needle} `);
}
