import { parseSettings, DEFAULT_SETTINGS } from "../settings";
import { containsWords, matchKey } from "../text/normalize";
import { catalogueDirection, DOWN_CUES, UP_EXCEPTION_CUES, resolveDirection } from "./direction-catalogue";
import { indicator } from "./test-support";
import { hasWords, wordHaystack, wordNeedle } from "./words";

const dir = (name: string, settings = DEFAULT_SETTINGS, column: "up" | "down" | null = null) =>
  resolveDirection(indicator({ name, direction: column }), settings);

describe("resolveDirection: catalogue", () => {
  it.each([
    "Tỷ lệ hộ nghèo",
    "Số hộ cận nghèo",
    "Tỷ lệ tăng dân số tự nhiên",
    "Tỷ lệ gia tăng dân số",
    "Số người sinh con thứ 3 trở lên",
    "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
    "Số vụ tai nạn giao thông",
    "Số vụ tảo hôn",
    "Số cặp hôn nhân cận huyết thống",
    "Số vụ vi phạm pháp luật về đất đai",
    "Số vụ cháy rừng",
    "Tỷ lệ học sinh bỏ học",
    "Tỷ lệ thất nghiệp khu vực thành thị",
    "Nợ đọng xây dựng cơ bản",
    "Số người nghiện ma túy",
    "TỶ LỆ HỘ NGHÈO (theo chuẩn nghèo đa chiều)",
  ])("%s is down (catalogue)", (name) => {
    expect(dir(name)).toEqual({
      direction: "down",
      source: "catalogue",
      reduction: false,
    });
  });

  it.each(["Thu ngân sách nhà nước", "Sản lượng lương thực bình quân đầu người", "Kết nạp đảng viên mới"])(
    "%s is up by default",
    (name) =>
      expect(dir(name)).toEqual({
        direction: "up",
        source: "default",
        reduction: false,
      }),
  );

  it.each([
    "Số hộ nghèo được hỗ trợ nhà ở",
    "Số vụ vi phạm được xử lý",
    "Triệt phá tội phạm ma túy",
    "Tỷ lệ thôn không có ma túy",
  ])("%s is up: a handling word beside the cue", (name) => {
    expect(dir(name)).toEqual({
      direction: "up",
      source: "catalogue",
      reduction: false,
    });
  });

  it("a name starting with Giảm is a reduction amount, scored up", () => {
    expect(dir("Giảm tỷ lệ hộ nghèo")).toEqual({
      direction: "up",
      source: "catalogue",
      reduction: true,
    });
    expect(dir("GIẢM tỷ lệ sinh con thứ 3")).toEqual({
      direction: "up",
      source: "catalogue",
      reduction: true,
    });
    expect(dir("Giảm nghèo bền vững").reduction).toBe(true);
  });

  it("'giảm' later in the name is a reduction, unless followed by còn / xuống / dưới (a level)", () => {
    expect(dir("Tỷ lệ hộ nghèo giảm")).toMatchObject({
      direction: "up",
      reduction: true,
    });
    expect(dir("Tỷ lệ giảm nghèo")).toMatchObject({
      direction: "up",
      reduction: true,
    });
    expect(dir("Tỷ lệ hộ nghèo giảm còn")).toMatchObject({
      direction: "down",
      reduction: false,
    });
    expect(dir("Tỷ lệ suy dinh dưỡng giảm xuống dưới 20%")).toMatchObject({
      direction: "down",
      reduction: false,
    });
  });

  it("matches whole words only: 'thoát nghèo' is not 'hộ nghèo', 'Giám sát' is not 'giảm'", () => {
    expect(catalogueDirection("Số hộ thoát nghèo").direction).not.toBe("down");
    expect(dir("Giám sát đầu tư cộng đồng")).toEqual({
      direction: "up",
      source: "default",
      reduction: false,
    });
    expect(dir("Số hộ thoát nghèo")).toEqual({
      direction: "up",
      source: "default",
      reduction: false,
    });
  });

  it("a name typed without any diacritics is still read", () => {
    expect(dir("Giam ty le ho ngheo")).toMatchObject({
      direction: "up",
      reduction: true,
    });
    expect(dir("Ty le ho ngheo giam con")).toMatchObject({
      direction: "down",
      reduction: false,
    });
  });
});

describe("resolveDirection: order setting > column > catalogue", () => {
  it("a setting wins over the catalogue (key in any case/spacing)", () => {
    const settings = parseSettings({
      directions: { [matchKey("Tỷ lệ hộ nghèo")]: "up" },
    });
    expect(dir("Tỷ lệ  hộ nghèo", settings)).toEqual({
      direction: "up",
      source: "setting",
      reduction: false,
    });
    const typed = parseSettings({ directions: { "Thu ngân sách": "down" } });
    expect(dir("THU NGÂN SÁCH", typed)).toEqual({
      direction: "down",
      source: "setting",
      reduction: false,
    });
  });

  it("a setting wins over the sheet's column, and can turn a Giảm name down", () => {
    const settings = parseSettings({
      directions: { [matchKey("Giảm tỷ lệ hộ nghèo")]: "down" },
    });
    expect(dir("Giảm tỷ lệ hộ nghèo", settings, "up")).toEqual({
      direction: "down",
      source: "setting",
      reduction: false,
    });
  });

  it("the sheet's column wins over the catalogue", () => {
    expect(dir("Tỷ lệ hộ nghèo", DEFAULT_SETTINGS, "up")).toEqual({
      direction: "up",
      source: "column",
      reduction: false,
    });
    expect(dir("Thu ngân sách", DEFAULT_SETTINGS, "down")).toEqual({
      direction: "down",
      source: "column",
      reduction: false,
    });
  });
});

describe("words helpers agree with containsWords", () => {
  const texts = [
    "Tỷ lệ hộ nghèo",
    "- Hộ cận nghèo",
    "Số hộ thoát nghèo",
    "TẢO HÔN",
    "Sinh con thứ 3 trở lên",
    "ho ngheo",
  ];
  it.each(texts)("%s", (text) => {
    for (const cue of DOWN_CUES) expect(hasWords(wordHaystack(text), wordNeedle(cue))).toBe(containsWords(text, cue));
  });
});

describe("every word of the catalogue", () => {
  it.each(DOWN_CUES.map((cue) => [cue]))("'%s' makes an indicator lower-is-better", (cue) => {
    expect(catalogueDirection(`Số ${cue} trên địa bàn`).direction).toBe("down");
  });

  it.each(UP_EXCEPTION_CUES.map((cue) => [cue]))("'%s' keeps a lower-is-better name higher-is-better", (cue) => {
    expect(catalogueDirection(`Số hộ nghèo ${cue}`).direction).toBe("up");
  });
});

describe("a reduction amount named by a setting or the sheet's column", () => {
  it("stays a reduction when a setting or the column says up", () => {
    const settings = parseSettings({ directions: { [matchKey("Giảm tỷ lệ hộ nghèo")]: "up" } });
    expect(dir("Giảm tỷ lệ hộ nghèo", settings)).toEqual({ direction: "up", source: "setting", reduction: true });
    expect(dir("Giảm tỷ lệ hộ nghèo", DEFAULT_SETTINGS, "up")).toEqual({
      direction: "up",
      source: "column",
      reduction: true,
    });
  });

  it("is no reduction when the column says down", () => {
    expect(dir("Giảm tỷ lệ hộ nghèo", DEFAULT_SETTINGS, "down")).toEqual({
      direction: "down",
      source: "column",
      reduction: false,
    });
  });

  it("'giảm' at the end of a name is a reduction; before a level word typed without diacritics, not", () => {
    expect(catalogueDirection("Tỷ lệ hộ nghèo giảm").reduction).toBe(true);
    expect(catalogueDirection("Ty le ho ngheo giam con 3%").reduction).toBe(false);
    expect(catalogueDirection("Tỷ lệ hộ nghèo giảm con số").reduction).toBe(true);
  });
});
