import { indicator } from "../scoring/test-support";
import { indicatorKeys, nameKey } from "./indicator-keys";

describe("indicatorKeys", () => {
  it("is the normalised name, group- and code-insensitive", () => {
    const a = indicatorKeys([indicator({ name: "Tỷ lệ  hộ nghèo", code: "5", group: "II. XÃ HỘI" })]);
    const b = indicatorKeys([
      indicator({
        name: "TỶ LỆ HỘ NGHÈO",
        code: "7",
        group: "III. VĂN HÓA - XÃ HỘI",
      }),
    ]);
    expect(a).toEqual(b);
    expect(indicatorKeys([indicator({ name: "- Hộ cận nghèo" })])).toEqual(
      indicatorKeys([indicator({ name: "+ hộ cận  nghèo" })]),
    );
  });
  it("qualifies a repeated name by its parent, else group, else a number", () => {
    const keys = indicatorKeys([
      indicator({ name: "Số hộ nghèo" }),
      indicator({ name: "- Hộ dân tộc thiểu số", parent: 0 }),
      indicator({ name: "Tỷ lệ hộ nghèo" }),
      indicator({ name: "- Hộ dân tộc thiểu số", parent: 2 }),
      indicator({ name: "Diện tích", group: "I. NÔNG NGHIỆP" }),
      indicator({ name: "Diện tích", group: "II. LÂM NGHIỆP" }),
      indicator({ name: "Khác" }),
      indicator({ name: "Khác" }),
      indicator({ name: "Khác" }),
    ]);
    expect(keys).toEqual([
      "số hộ nghèo",
      "hộ dân tộc thiểu số",
      "tỷ lệ hộ nghèo",
      "hộ dân tộc thiểu số | tỷ lệ hộ nghèo",
      "diện tích",
      "diện tích | lâm nghiệp",
      "khác",
      "khác #2",
      "khác #3",
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("qualifies by the group without its Roman number, else by the code, numbering what is still taken", () => {
    const keys = indicatorKeys([
      indicator({ name: "Diện tích", group: "I - NÔNG NGHIỆP" }),
      indicator({ name: "Diện tích", group: "II - LÂM NGHIỆP" }),
      indicator({ name: "Diện tích", group: "II - LÂM NGHIỆP" }),
      indicator({ name: "Diện tích", group: "Xã hội và môi trường" }),
      indicator({ name: "Số hộ", code: "1" }),
      indicator({ name: "Số hộ", code: "2" }),
    ]);
    expect(keys).toEqual([
      "diện tích",
      "diện tích | lâm nghiệp",
      "diện tích | lâm nghiệp #2",
      "diện tích | xã hội và môi trường",
      "số hộ",
      "số hộ | 2",
    ]);
  });
});

describe("nameKey", () => {
  it("drops a leading bullet of any length, with or without a space", () => {
    expect(["-- Hộ nghèo", "-Hộ nghèo", "• Hộ nghèo"].map(nameKey)).toEqual(["hộ nghèo", "hộ nghèo", "hộ nghèo"]);
  });

  it("keeps a dash inside the name, and a name that is only a dash", () => {
    expect(nameKey("Thu nhập - chi tiêu")).toBe("thu nhập - chi tiêu");
    expect(nameKey("-")).toBe("-");
  });
});
