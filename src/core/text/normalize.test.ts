import { containsWords, foldForMatch, matchKey, normalizeText } from "./normalize";

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
