import { aggregationFor, bareName } from "./aggregation-catalogue";

describe("aggregationFor", () => {
  it("criteria and binary by kind", () => {
    expect(
      aggregationFor("Xây dựng nông thôn mới", "tiêu chí", [
        "criteria",
        "amount",
      ]).aggregation,
    ).toBe("criteria");
    expect(
      aggregationFor("Đạt chuẩn phổ cập giáo dục", null, ["binary"])
        .aggregation,
    ).toBe("binary");
  });
  it("poverty rates are weighted by households, with the count as a fallback", () => {
    const c = aggregationFor("Tỷ lệ hộ nghèo (theo chuẩn đa chiều)", "%", [
      "percent",
    ]);
    expect(c.aggregation).toBe("weighted");
    expect(c.weight?.denominators).toContain("tong so ho");
    expect(c.weight?.counts).toEqual(["so ho ngheo", "ho ngheo"]);
    expect(
      aggregationFor("Tỷ lệ hộ cận nghèo", "%", ["percent"]).weight?.counts,
    ).toEqual(["so ho can ngheo", "ho can ngheo"]);
  });
  it("per-capita values are weighted by population", () => {
    const c = aggregationFor("Thu nhập bình quân đầu người", "triệu đồng", [
      "amount",
    ]);
    expect(c).toMatchObject({ aggregation: "weighted", rate: true });
    expect(c.weight?.denominators).toContain("dan so");
    expect(
      aggregationFor("Sản lượng lương thực", "kg/người", ["amount"])
        .aggregation,
    ).toBe("weighted");
  });
  it("other rates: mean (a warning is added by consolidate); amounts: sum", () => {
    expect(
      aggregationFor("Tỷ lệ trẻ em được tiêm chủng đầy đủ", "%", ["percent"]),
    ).toEqual({ aggregation: "mean", weight: null, rate: true });
    expect(
      aggregationFor("Tỉ lệ che phủ rừng", null, ["amount"]).aggregation,
    ).toBe("mean");
    expect(aggregationFor("Thu ngân sách", "triệu đồng", ["amount"])).toEqual({
      aggregation: "sum",
      weight: null,
      rate: false,
    });
    expect(aggregationFor("Số hộ nghèo", "hộ", ["amount"]).aggregation).toBe(
      "sum",
    );
  });
  it("bareName folds and drops bullets and parentheses", () => {
    expect(bareName("- Số hộ nghèo (theo chuẩn đa chiều):")).toBe(
      "so ho ngheo",
    );
    expect(bareName("TỔNG SỐ HỘ")).toBe("tong so ho");
  });
});
