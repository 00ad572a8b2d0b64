import { aggregationFor, bareName } from "./aggregation-catalogue";

describe("aggregationFor", () => {
  it("criteria and binary by kind", () => {
    expect(aggregationFor("Xây dựng nông thôn mới", "tiêu chí", ["criteria", "amount"]).aggregation).toBe("criteria");
    expect(aggregationFor("Đạt chuẩn phổ cập giáo dục", null, ["binary"]).aggregation).toBe("binary");
  });
  it("poverty rates are weighted by households, with the count as a fallback", () => {
    const c = aggregationFor("Tỷ lệ hộ nghèo (theo chuẩn đa chiều)", "%", ["percent"]);
    expect(c.aggregation).toBe("weighted");
    expect(c.weight?.denominators).toContain("tong so ho");
    expect(c.weight?.counts).toEqual(["so ho ngheo", "ho ngheo"]);
    expect(aggregationFor("Tỷ lệ hộ cận nghèo", "%", ["percent"]).weight?.counts).toEqual([
      "so ho can ngheo",
      "ho can ngheo",
    ]);
  });
  it("per-capita values are weighted by population", () => {
    const c = aggregationFor("Thu nhập bình quân đầu người", "triệu đồng", ["amount"]);
    expect(c).toMatchObject({ aggregation: "weighted", rate: true });
    expect(c.weight?.denominators).toContain("dan so");
    expect(aggregationFor("Sản lượng lương thực", "kg/người", ["amount"]).aggregation).toBe("weighted");
  });
  it("other rates: mean (a warning is added by consolidate); amounts: sum", () => {
    expect(aggregationFor("Tỷ lệ trẻ em được tiêm chủng đầy đủ", "%", ["percent"])).toEqual({
      aggregation: "mean",
      weight: null,
      rate: true,
    });
    expect(aggregationFor("Tỉ lệ che phủ rừng", null, ["amount"]).aggregation).toBe("mean");
    expect(aggregationFor("Thu ngân sách", "triệu đồng", ["amount"])).toEqual({
      aggregation: "sum",
      weight: null,
      rate: false,
    });
    expect(aggregationFor("Số hộ nghèo", "hộ", ["amount"]).aggregation).toBe("sum");
  });
  it("bareName folds and drops bullets and parentheses", () => {
    expect(bareName("- Số hộ nghèo (theo chuẩn đa chiều):")).toBe("so ho ngheo");
    expect(bareName("TỔNG SỐ HỘ")).toBe("tong so ho");
  });

  it("criteria and binary indicators are no rate", () => {
    expect(aggregationFor("Xây dựng nông thôn mới", "tiêu chí", ["criteria"])).toEqual({
      aggregation: "criteria",
      weight: null,
      rate: false,
    });
    expect(aggregationFor("Đạt chuẩn phổ cập giáo dục", null, ["binary"])).toEqual({
      aggregation: "binary",
      weight: null,
      rate: false,
    });
  });

  it("weighs a poverty rate, however it is spelt, by the households, however they are named", () => {
    for (const rate of ["Tỷ lệ hộ nghèo", "Tỉ lệ hộ nghèo", "Tỷ lệ nghèo", "Tỉ lệ nghèo"]) {
      const choice = aggregationFor(rate, "%", ["percent"]);
      expect(choice.aggregation).toBe("weighted");
      for (const households of [
        "Tổng số hộ",
        "Tổng số hộ dân",
        "Tổng số hộ gia đình",
        "Số hộ dân",
        "Số hộ gia đình",
        "Tổng số hộ dân cư",
      ])
        expect(choice.weight?.denominators).toContain(bareName(households));
    }
    expect(aggregationFor("Tỉ lệ hộ cận nghèo", "%", ["percent"]).weight?.counts).toEqual([
      "so ho can ngheo",
      "ho can ngheo",
    ]);
  });

  it("weighs a per-capita figure by the population, however it is named, with no count", () => {
    const choice = aggregationFor("Thu nhập bình quân đầu người", "triệu đồng", ["amount"]);
    expect(choice.weight?.counts).toEqual([]);
    for (const population of ["Dân số", "Số dân", "Tổng dân số", "Dân số trung bình", "Tổng số dân", "Quy mô dân số"])
      expect(choice.weight?.denominators).toContain(bareName(population));
    // a unit per person with a space after the slash
    expect(aggregationFor("Lương thực", "kg / người", ["amount"]).aggregation).toBe("weighted");
  });

  it("weighs a per-capita rate by the population too", () => {
    expect(aggregationFor("Tỷ lệ tăng thu nhập bình quân đầu người", "%", ["percent"])).toEqual({
      aggregation: "weighted",
      weight: {
        denominators: aggregationFor("Thu nhập bình quân đầu người", null, ["amount"]).weight?.denominators,
        counts: [],
      },
      rate: true,
    });
  });

  it("a rate is known by its kind, its % unit or a name starting with 'Tỷ lệ', each alone", () => {
    expect(aggregationFor("Độ che phủ rừng", null, ["percent"]).aggregation).toBe("mean");
    expect(aggregationFor("Độ che phủ rừng", "%", ["amount"]).aggregation).toBe("mean");
    expect(aggregationFor("Tỷ lệ trường đạt chuẩn", "trường", ["amount"]).aggregation).toBe("mean");
    expect(aggregationFor("Độ che phủ rừng", "ha", ["amount"]).aggregation).toBe("sum");
  });
});
