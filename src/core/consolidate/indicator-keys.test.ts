import { indicator } from "../scoring/test-support";
import { indicatorKeys } from "./indicator-keys";

describe("indicatorKeys", () => {
  it("is the normalised name, group- and code-insensitive", () => {
    const a = indicatorKeys([
      indicator({ name: "Tỷ lệ  hộ nghèo", code: "5", group: "II. XÃ HỘI" }),
    ]);
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
});
