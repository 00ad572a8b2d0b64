/**
 * Property: text typed in the legacy encodings (TCVN3 / ABC with ".VnTime" fonts, VNI) is recognised
 * and decoded back to the Unicode the official meant, for random sentences of real syllables.
 */
import fc from "fast-check";
import { decodeLegacyText, encodeTcvn3, encodeVni } from "../../src/core/text/legacy";
import { isVietnameseSyllable } from "../../src/core/text/legacy-syllable";

/** Indicator names and titles from commune returns (domain.md); their syllables feed the generator. */
const PHRASES = [
  "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều",
  "Thu ngân sách nhà nước trên địa bàn",
  "Sản lượng lương thực bình quân đầu người",
  "Thu nhập bình quân đầu người",
  "Tỷ lệ trẻ em dưới một tuổi được tiêm chủng đầy đủ",
  "Kết nạp đảng viên mới",
  "Tỷ lệ tăng dân số tự nhiên",
  "Xây dựng nông thôn mới đạt tiêu chí",
  "Giảm tỷ lệ hộ cận nghèo",
  "Tỷ lệ người dân tham gia bảo hiểm y tế",
  "Trồng rừng mới diện tích gieo trồng cây hằng năm",
  "Ước thực hiện cả năm so sánh cùng kỳ năm trước",
  "Văn phòng thống kê xã Trạm Tấu",
  "Tỷ lệ suy dinh dưỡng trẻ em dưới năm tuổi",
  "Số vụ vi phạm pháp luật về ma túy tảo hôn",
  "Kế hoạch được giao chưa đánh giá không đạt",
  "báo cáo kết quả thực hiện các chỉ tiêu sáu tháng đầu năm",
  "quốc phòng an ninh xây dựng đảng văn hóa xã hội kinh tế",
  "giải quyết việc làm lao động qua đào tạo nước sạch vệ sinh môi trường",
];
const SYLLABLES = [...new Set(PHRASES.flatMap((p) => p.toLowerCase().split(" ")))];

const syllable = fc.constantFrom(...SYLLABLES);
/** A lower-case sentence of 3–12 real syllables, with the odd figure or punctuation between. */
const sentence = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: syllable },
      { weight: 1, arbitrary: fc.constantFrom("2024", "12/19", "-", "(%)", ":") },
    ),
    {
      minLength: 3,
      maxLength: 12,
    },
  )
  .filter((words) => words.filter((w) => SYLLABLES.includes(w)).length >= 3)
  .map((words) => words.join(" "));
/** Distinct words the encoding changes. */
const changedWords = (s: string, encode: (t: string) => string): number =>
  new Set(s.split(" ").filter((w) => encode(w) !== w)).size;
/** Distinct encoded words that are no Vietnamese syllable as they stand: the evidence detection goes on. */
const legacyEvidence = (s: string, encode: (t: string) => string): number =>
  new Set(
    s
      .split(" ")
      .map(encode)
      .filter((w) => /[\u00a1-\u00ff]/.test(w) && !isVietnameseSyllable(w)),
  ).size;
/**
 * Detection needs evidence. Words that read well both ways cannot tell ("hộ" in TCVN3 is "hé", a
 * Unicode word too: "hộ rừng dinh thống" encodes to the all-Vietnamese "hé rõng dinh thèng").
 * Measured: TCVN3 is always right once one word is no syllable as it stands (0 in 10,000).
 * VNI needs 5 changed words: VNI "chæ chöa" decodes as TCVN3 to "chổ chửa", real syllables both
 * ways, so a short sentence can tie and the tie goes to TCVN3. Since isVietnameseSyllable knows
 * where the tone sits ("veọ", "moọt" are no syllables), over 275,000 random sentences: with 5
 * changed words 0 wrong of 182,000 (3 before), with 4, 0 of 229,000 (24 before), with 3, 14 of
 * 276,000 (141 before). Before, this test failed now and then, e.g. on "Chỉ chưa thống vệ thu 2024
 * không".
 */
const MIN_VNI_CHANGED = 5;
/** The same, starting with a capital as names are typed ("Tỷ lệ …"). */
const capitalised = sentence.map((s) => s[0].toUpperCase() + s.slice(1));

describe("decodeLegacyText(encode(s)) gives back s", () => {
  it("TCVN3, lower-case sentences", () => {
    fc.assert(
      fc.property(
        sentence.filter((s) => legacyEvidence(s, encodeTcvn3) >= 1),
        (s) => {
          expect(decodeLegacyText(encodeTcvn3(s))).toEqual({ text: s, encoding: "tcvn3" });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("TCVN3, sentences starting with a capital letter without a tone mark", () => {
    // TCVN3 gives upper-case toned letters the lower-case code (the capitals font shows them big),
    // so only untoned capitals survive the round trip by themselves.
    const untonedCapital = capitalised.filter(
      (s) => s[0] === s[0].normalize("NFD")[0] && legacyEvidence(s, encodeTcvn3) >= 1,
    );
    fc.assert(
      fc.property(untonedCapital, (s) => {
        expect(decodeLegacyText(encodeTcvn3(s)).text).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it("VNI, any case", () => {
    const anyCase = fc.oneof(
      sentence,
      capitalised,
      sentence.map((s) => s.toUpperCase()),
    );
    fc.assert(
      fc.property(
        anyCase.filter((s) => changedWords(s, encodeVni) >= MIN_VNI_CHANGED),
        (s) => {
          expect(decodeLegacyText(encodeVni(s))).toEqual({ text: s, encoding: "vni" });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("Unicode text is left as it is (NFC), also when typed decomposed (NFD)", () => {
    fc.assert(
      fc.property(fc.oneof(sentence, capitalised), (s) => {
        expect(decodeLegacyText(s)).toEqual({ text: s, encoding: null });
        expect(decodeLegacyText(s.normalize("NFD"))).toEqual({ text: s, encoding: null });
      }),
      { numRuns: 500 },
    );
  });
});
