import fc from "fast-check";
import { decodeLegacyText, decodeTcvn3, decodeVni, detectLegacyEncoding, encodeTcvn3, encodeVni } from "./legacy";
import { vietnameseLowerLetters } from "./legacy-letters";
import { isVietnameseSyllable } from "./legacy-syllable";

const LOWER = vietnameseLowerLetters();
const UPPER = LOWER.map((l) => l.toUpperCase());

/** Real indicator names, titles and figures as communes write them. */
const PHRASES = [
  "Chỉ tiêu",
  "Kế hoạch năm 2022",
  "Thực hiện 6 tháng",
  "Tỷ lệ hộ nghèo",
  "Đơn vị tính",
  "Thu ngân sách nhà nước trên địa bàn",
  "Sản lượng lương thực bình quân đầu người",
  "Thu nhập bình quân đầu người",
  "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ",
  "Kết nạp đảng viên mới",
  "Tỷ lệ tăng dân số tự nhiên",
  "Xây dựng nông thôn mới đạt 12/19 tiêu chí",
  "Giảm tỷ lệ hộ nghèo theo chuẩn đa chiều",
  "Tỷ lệ người dân tham gia bảo hiểm y tế",
  "Số xã đạt chuẩn quốc gia về y tế",
  "Trồng rừng mới",
  "Ước thực hiện cả năm",
  "So sánh cùng kỳ năm trước",
  "Văn phòng thống kê xã Trạm Tấu",
  "Tổng diện tích gieo trồng cây hằng năm",
  "Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi",
  "Số vụ vi phạm pháp luật về ma túy",
  "Được giao",
  "Chưa đánh giá",
  "Không đạt",
];

describe("the tables", () => {
  it("cover 134 distinct letters", () => {
    expect(new Set([...LOWER, ...UPPER]).size).toBe(134);
  });

  it("decode the examples from the field", () => {
    expect(decodeTcvn3("ChØ tiªu")).toBe("Chỉ tiêu");
    expect(decodeTcvn3("KÕ ho¹ch")).toBe("Kế hoạch");
    expect(decodeTcvn3("Thùc hiÖn")).toBe("Thực hiện");
    expect(decodeTcvn3("Tû lÖ hé nghÌo")).toBe("Tỷ lệ hộ nghèo");
    expect(decodeTcvn3("§¬n vÞ tÝnh")).toBe("Đơn vị tính");
    expect(decodeTcvn3("®¹t")).toBe("đạt");
    expect(decodeVni("Chæ tieâu")).toBe("Chỉ tiêu");
    expect(decodeVni("Thöïc hieän")).toBe("Thực hiện");
    expect(decodeVni("ÑÔN VÒ TÍNH")).toBe("ĐƠN VỊ TÍNH");
  });

  it("encode to the standard code points", () => {
    expect(encodeTcvn3("Tỷ lệ hộ nghèo")).toBe("Tû lÖ hé nghÌo");
    expect(encodeTcvn3("Đơn vị tính")).toBe("§¬n vÞ tÝnh");
    expect(encodeVni("Chỉ tiêu")).toBe("Chæ tieâu");
    expect(encodeVni("được")).toBe("ñöôïc");
    expect(encodeVni("tỷ lệ, kỹ thuật, ỵ")).toBe("tyû leä, kyõ thuaät, î");
    expect(encodeVni("ẳ ẵ ặ")).toBe("aú aü aë");
  });

  it.each(LOWER)("round-trips lower-case %s through both encodings", (letter) => {
    expect(decodeTcvn3(encodeTcvn3(letter))).toBe(letter);
    expect(decodeVni(encodeVni(letter))).toBe(letter);
    expect(encodeTcvn3(letter)).toHaveLength(1);
  });

  it.each(UPPER)("round-trips capital %s (VNI alone, TCVN3 in capitals text)", (letter) => {
    expect(decodeVni(encodeVni(letter))).toBe(letter);
    expect(decodeTcvn3(encodeTcvn3(`TH${letter}`))).toBe(`TH${letter}`);
  });

  it("gives TCVN3 capitals their own code points only for Ă Â Ê Ô Ơ Ư Đ", () => {
    expect(encodeTcvn3("ĂÂÊÔƠƯĐ")).toBe("¡¢£¤¥¦§");
    expect(decodeTcvn3("¡¢£¤¥¦§")).toBe("ĂÂÊÔƠƯĐ");
    // .VnTimeH: the lower-case code point, drawn as a capital.
    expect(encodeTcvn3("Ế")).toBe(encodeTcvn3("ế"));
  });

  it("upper-cases text set in the capitals font", () => {
    expect(decodeTcvn3("I. KINH TÕ - X· HéI")).toBe("I. KINH TẾ - XÃ HỘI");
    expect(decodeTcvn3("kinh tÕ", { capitals: true })).toBe("KINH TẾ");
    expect(decodeTcvn3("Kinh tÕ")).toBe("Kinh tế");
  });

  it("upper-cases the words of a title set in the capitals font after a lower-case prefix", () => {
    // "Biểu số 2:" typed in .VnTime, the title in .VnTimeH.
    expect(decodeTcvn3(encodeTcvn3("Biểu số 2: CÁC CHỈ TIÊU KHÁC"))).toBe("Biểu số 2: CÁC CHỈ TIÊU KHÁC");
    expect(decodeTcvn3(encodeTcvn3("Phụ lục: KINH TẾ - XÃ HỘI"))).toBe("Phụ lục: KINH TẾ - XÃ HỘI");
    // A single capital starts a word; it does not make the word capitals.
    expect(decodeTcvn3(encodeTcvn3("Số hộ nghèo"))).toBe("Số hộ nghèo");
    expect(decodeTcvn3(encodeTcvn3("Hộ nghèo Xã A"))).toBe("Hộ nghèo Xã A");
  });

  it("tolerates a VNI mark byte in the other case and NFD input to the encoders", () => {
    expect(decodeVni("TIEâU")).toBe("TIÊU");
    expect(encodeVni("Chỉ tiêu".normalize("NFD"))).toBe("Chæ tieâu");
    expect(encodeTcvn3("Kế hoạch".normalize("NFD"))).toBe("KÕ ho¹ch");
  });
});

const vietLetter = fc.constantFrom(...LOWER, ..."abcdeghiklmnopqrstuvxy");
const lowerText = fc
  .array(fc.oneof(vietLetter, fc.constantFrom(" ", "1", "9", "/", ",", "%", "-")), { maxLength: 40 })
  .map((chars) => chars.join(""));

describe("round trips (properties)", () => {
  it("VNI: any Vietnamese text", () => {
    const anyCase = fc
      .array(fc.oneof(vietLetter, fc.constantFrom(...UPPER, "A", "Q", " ", "2")), { maxLength: 40 })
      .map((c) => c.join(""));
    fc.assert(fc.property(anyCase, (text) => decodeVni(encodeVni(text)) === text));
  });

  it("TCVN3: lower-case text", () => {
    fc.assert(fc.property(lowerText, (text) => decodeTcvn3(encodeTcvn3(text), { capitals: false }) === text));
  });

  it("TCVN3: capitals text", () => {
    fc.assert(
      fc.property(lowerText, (text) => {
        const upper = `TT ${text.toUpperCase()}`;
        return decodeTcvn3(encodeTcvn3(upper)) === upper;
      }),
    );
  });
});

describe("detectLegacyEncoding", () => {
  it.each(PHRASES)("leaves Unicode %s alone, and finds it in TCVN3 and VNI", (phrase) => {
    expect(detectLegacyEncoding(phrase)).toBeNull();
    expect(detectLegacyEncoding(phrase.normalize("NFD"))).toBeNull();
    expect(detectLegacyEncoding(encodeTcvn3(phrase))).toBe("tcvn3");
    expect(detectLegacyEncoding(encodeVni(phrase))).toBe("vni");
    expect(decodeLegacyText(encodeTcvn3(phrase))).toEqual({ text: phrase, encoding: "tcvn3" });
    expect(decodeLegacyText(encodeVni(phrase))).toEqual({ text: phrase, encoding: "vni" });
  });

  it.each([
    "12/19",
    "4,04%",
    "Đạt",
    "1.326",
    "Plan achievement",
    "Hoà", // old-style tone placement, also VNI "Hồ": Unicode wins
    "Tên",
    "Café",
    "Müller",
    "naïve",
    "3×4 m",
    "© 2022",
    "25 µg",
    "",
    "Mã số",
  ])("does not fire on ordinary text %j", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it("fires on single short legacy cells", () => {
    expect(detectLegacyEncoding("®¹t")).toBe("tcvn3");
    expect(detectLegacyEncoding("X·")).toBe("tcvn3");
    expect(detectLegacyEncoding("§VT")).toBe("tcvn3");
    expect(detectLegacyEncoding("ñaït")).toBe("vni");
    expect(detectLegacyEncoding("Khoâng ñaït")).toBe("vni");
  });

  it("cannot tell a lone word that reads well both ways", () => {
    // TCVN3 "chó" is "chú", but "chó" is also a Unicode word: ordinary text wins.
    expect(detectLegacyEncoding(encodeTcvn3("Ghi chú"))).toBeNull();
    // ...whereas a sheet's worth of text settles it.
    expect(detectLegacyEncoding(encodeTcvn3("Chỉ tiêu\nGhi chú\nKế hoạch"))).toBe("tcvn3");
  });

  it("lets real Unicode outvote a stray legacy-looking word", () => {
    expect(detectLegacyEncoding("Thu ngân sách đạt kế hoạch Tû")).toBeNull();
  });

  it("decodeLegacyText returns NFC and trusts a known encoding", () => {
    expect(decodeLegacyText("Chi\u0309 tiêu")).toEqual({ text: "Chỉ tiêu", encoding: null });
    expect(decodeLegacyText("KINH TÕ", "tcvn3")).toEqual({ text: "KINH TẾ", encoding: "tcvn3" });
    expect(decodeLegacyText("Tû", null)).toEqual({ text: "Tû", encoding: null });
  });
});

describe("isVietnameseSyllable", () => {
  it.each(["chỉ", "tiêu", "hoạch", "thực", "nghèo", "người", "được", "quyết", "gì", "Đạt", "KHUYÊN"])(
    "accepts %s",
    (w) => expect(isVietnameseSyllable(w)).toBe(true),
  );
  it.each(["thùc", "tû", "ñôn", "nghìo", "café", "dat", "ăa", "hoạcch", "chỉỉ"])("rejects %s", (w) =>
    expect(isVietnameseSyllable(w)).toBe(false),
  );
  it.each([
    "hòa",
    "hoà",
    "hoàng",
    "thuỷ",
    "thủy",
    "khuỷu",
    "ngoài",
    "mía",
    "của",
    "xoóng",
    "soóc",
    "người",
    "thuở",
    "gì",
  ])("places the tone where Vietnamese does (old and new styles): %s", (w) =>
    expect(isVietnameseSyllable(w)).toBe(true),
  );
  // VNI "veä" (vệ), "moät" (một), "thoân" (thôn) read as TCVN3: plausible letters, impossible tones
  it.each(["veọ", "moọt", "thoõn", "hòang", "ngoaì", "aí", "miá"])(
    "rejects a tone out of place or an impossible cluster: %s",
    (w) => expect(isVietnameseSyllable(w)).toBe(false),
  );
});
