import fc from "fast-check";
import { containsWords, foldForMatch, matchKey, normalizeText } from "./normalize";

/** normalizeText as it was first written: every step on every text. */
const normalizeSlowly = (text: string): string =>
  text
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, "")
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, " ")
    .trim();

/** Characters a Vietnamese sheet holds, and the ones that leave the fast paths. */
const CHARS = [
  ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ 0123456789.,;:/%()-+",
  ..."àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
  ..."ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ",
  "\u0300",
  "\u0301",
  "\u0303",
  "\u0309",
  "\u0323",
  "\u0302",
  "\u0306",
  "\u031b", // combining marks (NFD input)
  "\u00a0",
  "\u2003",
  "\t",
  "\n",
  "\u0007",
  "\u0085",
  "\ufeff",
  "  ",
  "İ",
  "ß",
  "Ș",
  "ǅ",
  "ẛ",
  "Å",
  "Ω",
  "Σ",
  "ς",
  "가",
  "\u0653",
  "\u093c",
  "ﬁ",
  "½",
  "™",
];
/** The folding rule, step by step on the whole text. */
const foldSlowly = (text: string): string =>
  normalizeSlowly(text)
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");

const vietnameseText = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join(""));

describe("normalizeText", () => {
  it("composes NFD to NFC and tidies spaces", () => {
    const nfd = "Chi\u0309 tie\u0302u".normalize("NFD");
    expect(normalizeText(`  ${nfd}\u00a0\u00a0 giao `)).toBe("Chỉ tiêu giao");
  });
  it("drops control characters", () => {
    expect(normalizeText("Thu\u0007 ngân sách")).toBe("Thu ngân sách");
  });
});

describe("foldForMatch", () => {
  it("ignores case, diacritics and đ", () => {
    expect(foldForMatch("ĐƠN VỊ  TÍNH")).toBe("don vi tinh");
    expect(foldForMatch("Kế hoạch")).toBe(foldForMatch("KE HOACH"));
  });
});

describe("the fast path for tidy text", () => {
  it("gives what every step on every text gives (normalizeText)", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => normalizeText(text) === normalizeSlowly(text)),
      { numRuns: 3000 },
    );
  });
  it("leaves foldForMatch as the rule says", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => foldForMatch(text) === foldSlowly(text)),
      { numRuns: 3000 },
    );
  });
  it("folds titles and NFD text", () => {
    expect(foldForMatch("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - XÃ SỐ 12")).toBe(
      "bao cao ket qua thuc hien cac chi tieu nam 2024 - xa so 12",
    );
    expect(foldForMatch("Ước TH 6 tháng".normalize("NFD"))).toBe("uoc th 6 thang");
    expect(foldForMatch("Σ Tổng")).toBe("σ tong");
  });
});

describe("matchKey", () => {
  it("is case- and space-insensitive but keeps diacritics", () => {
    expect(matchKey("Tỷ lệ  hộ nghèo")).toBe(matchKey("TỶ LỆ HỘ NGHÈO "));
    expect(matchKey("hộ nghèo")).not.toBe(matchKey("họ nghèo"));
  });
  it("treats NFD and NFC alike", () => {
    expect(matchKey("Thu ngân sách".normalize("NFD"))).toBe(matchKey("Thu ngân sách"));
  });
});

describe("containsWords", () => {
  it("finds whole words without diacritics", () => {
    expect(containsWords("Tỷ lệ hộ nghèo đa chiều", "hộ nghèo")).toBe(true);
    expect(containsWords("Số hộ nghèo", "tảo hôn")).toBe(false);
    expect(containsWords("Thu nhập", "thu ngân sách")).toBe(false);
  });
});
