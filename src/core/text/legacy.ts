/**
 * Legacy Vietnamese encodings: TCVN3 (ABC, ".VnTime") and VNI ("VNI-Times").
 * Detection scores words: a word counts for an encoding when it is no Vietnamese syllable as
 * it stands but becomes one once decoded ("ChØ" → "Chỉ"); against it when decoding yields
 * nonsense ("Müller"); words that read well both ways ("hé"/"hộ", "Hoà"/"Hồ") do not count.
 * Real Unicode Vietnamese words (ạ, ư, đ, ... which no legacy byte can produce) outvote it.
 * Tables: legacy-tcvn3.ts, legacy-vni.ts.
 */
import { decodeTcvn3, encodeTcvn3, isTcvn3Char } from "./legacy-tcvn3";
import { decodeVni, encodeVni, isVniChar } from "./legacy-vni";
import { hasVowel, isVietnameseSyllable } from "./legacy-syllable";

export { decodeTcvn3, encodeTcvn3, decodeVni, encodeVni };
export type LegacyEncoding = "tcvn3" | "vni";

/** Letters, Latin-1 symbols (TCVN3 uses them as letters), Vietnamese letters and marks. */
// eslint-disable-next-line no-misleading-character-class -- combining marks on their own, deliberately
const WORD = /[A-Za-z\u00a1-\u00ff\u0100-\u01b0\u0300-\u036f\u1ea0-\u1ef9]+/g;
/** A lower-case letter then a capital inside a word ("tÕ"): no way to write Unicode. */
const MIXED_CASE = /[a-z\u00df-\u00f6\u00f8-\u00ff][A-Z\u00c0-\u00d6\u00d8-\u00de]/;
/** Vietnamese letters beyond Latin-1, and combining marks: no legacy byte shows as these. */
// eslint-disable-next-line no-misleading-character-class -- combining marks on their own, deliberately
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u0300-\u036f\u1ea0-\u1ef9]/;

interface Evidence {
  good: number;
  bad: number;
}

const LEGACY_BYTE = /[\u00a1-\u00ff]/;
const decodeTcvn3Word = (word: string): string => decodeTcvn3(word, { capitals: false });

function weigh(word: string, isLegacyChar: (ch: string) => boolean, decode: (w: string) => string): Evidence {
  const none = { good: 0, bad: 0 };
  if (![...word].some(isLegacyChar)) return none;
  const decoded = decode(word);
  if (decoded === word) return none;
  const rawValid = isVietnameseSyllable(word) && !MIXED_CASE.test(word);
  const decodedValid = isVietnameseSyllable(decoded);
  if (decodedValid && !rawValid) return { good: 1, bad: 0 };
  if (!decodedValid && hasVowel(decoded)) return { good: 0, bad: 1 };
  // Abbreviations with đ: "§VT" → "ĐVT" (đơn vị tính).
  if (!hasVowel(decoded) && /[đĐ]/.test(decoded) && /^[A-Za-zđĐ]+$/.test(decoded)) return { good: 1, bad: 0 };
  return none;
}

/** Words repeat from cell to cell and sheet to sheet: remember how each one weighed. */
const WEIGHED = new Map<string, [Evidence, Evidence]>();
const WEIGHED_MAX = 50_000;

function weighBoth(word: string): [Evidence, Evidence] {
  let hit = WEIGHED.get(word);
  if (hit === undefined) {
    hit = [weigh(word, isTcvn3Char, decodeTcvn3Word), weigh(word, isVniChar, decodeVni)];
    if (WEIGHED.size >= WEIGHED_MAX) WEIGHED.clear();
    WEIGHED.set(word, hit);
  }
  return hit;
}

/**
 * Which legacy encoding `text` is in, or null for ordinary text (Unicode Vietnamese, English,
 * numbers). Works on one cell; works better on a whole sheet's text joined with "\n".
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!LEGACY_BYTE.test(text)) return null; // fast path: no legacy byte at all
  const nfc = /[\u0300-\u036f]/.test(text) ? text.normalize("NFC") : text;
  let unicodeWords = 0;
  const suspects: string[] = [];
  for (const word of nfc.match(WORD) ?? []) {
    if (UNICODE_VIETNAMESE.test(word)) unicodeWords++;
    else if (word.length > 1 && LEGACY_BYTE.test(word)) suspects.push(word);
  }
  if (suspects.length <= unicodeWords) return null; // legacy could not win the vote
  const tcvn3: Evidence = { good: 0, bad: 0 };
  const vni: Evidence = { good: 0, bad: 0 };
  for (const word of suspects) {
    const [t, v] = weighBoth(word);
    tcvn3.good += t.good;
    tcvn3.bad += t.bad;
    vni.good += v.good;
    vni.bad += v.bad;
  }
  const candidates: [LegacyEncoding, Evidence][] = [
    ["tcvn3", tcvn3],
    ["vni", vni],
  ];
  const plausible = candidates.filter(([, e]) => e.good > 0 && e.good > e.bad && e.good > unicodeWords);
  if (plausible.length === 0) return null;
  if (plausible.length === 1) return plausible[0][0];
  // Both read well: the stronger wins; on a tie TCVN3, the state standard until Unicode (2001).
  const [a, b] = plausible.map(([, e]) => e.good - e.bad);
  return a >= b ? "tcvn3" : "vni";
}

/**
 * Detect, then decode. Pass `encoding` when it is already known (say, detected once for the
 * whole sheet): null then means "not legacy" and the text is only normalised to NFC.
 */
export function decodeLegacyText(
  text: string,
  encoding?: LegacyEncoding | null,
): { text: string; encoding: LegacyEncoding | null } {
  const found = encoding === undefined ? detectLegacyEncoding(text) : encoding;
  if (found === "tcvn3") return { text: decodeTcvn3(text), encoding: found };
  if (found === "vni") return { text: decodeVni(text), encoding: found };
  return { text: text.normalize("NFC"), encoding: null };
}
