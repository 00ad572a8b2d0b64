import { classifyRow, groupTitle, isSubRowMark, isTopLevelCode, ofWhichRest, type RowFacts } from "./classify-row";

function row(part: Partial<RowFacts> & { cells?: string[] }): RowFacts {
  const cells = part.cells ?? [part.code ?? "", part.name ?? "", part.unit ?? ""];
  return {
    code: part.code ?? "",
    name: part.name ?? "",
    unit: part.unit ?? "",
    hasFigures: part.hasFigures ?? false,
    filled: part.filled ?? cells.filter((c) => c.length > 0).length,
    texts: () => cells,
  };
}

describe("classifyRow", () => {
  it("finds blank rows and column-number rows", () => {
    expect(classifyRow(row({ cells: ["", "", ""] })).kind).toBe("blank");
    expect(classifyRow(row({ code: "A", name: "B", unit: "C", cells: ["A", "B", "C", "1", "2", "3=2/1"] })).kind).toBe(
      "column-numbers",
    );
    expect(classifyRow(row({ code: "1", name: "2", unit: "3", cells: ["1", "2", "3", "4", "5"] })).kind).toBe(
      "column-numbers",
    );
  });

  it("reads Roman-numeral group rows in either form", () => {
    expect(classifyRow(row({ code: "I", name: "KINH TẾ" }))).toEqual({ kind: "group", title: "I. KINH TẾ" });
    expect(classifyRow(row({ name: "II - VĂN HÓA - XÃ HỘI" }))).toEqual({
      kind: "group",
      title: "II. VĂN HÓA - XÃ HỘI",
    });
    expect(classifyRow(row({ code: "III. QUỐC PHÒNG - AN NINH" }))).toEqual({
      kind: "group",
      title: "III. QUỐC PHÒNG - AN NINH",
    });
  });

  it("does not take a Roman-coded row with figures for a group", () => {
    expect(classifyRow(row({ code: "I", name: "Tổng thu ngân sách", hasFigures: true }))).toEqual({
      kind: "indicator",
      sub: false,
    });
  });

  it("marks sub-rows and 'Trong đó:' lines", () => {
    expect(classifyRow(row({ name: "Trong đó:" })).kind).toBe("of-which");
    expect(classifyRow(row({ name: "- Hộ cận nghèo", unit: "hộ", hasFigures: true }))).toEqual({
      kind: "indicator",
      sub: true,
    });
    expect(classifyRow(row({ name: "Trong đó: hộ nghèo", hasFigures: true }))).toEqual({
      kind: "indicator",
      sub: true,
    });
    expect(classifyRow(row({ code: "1", name: "Dân số", hasFigures: true }))).toEqual({
      kind: "indicator",
      sub: false,
    });
  });

  it("skips notes and stops at the signature block", () => {
    const long =
      "Số liệu 6 tháng là số ước thực hiện, sẽ được cập nhật lại khi có số liệu chính thức của các ngành chuyên môn cấp trên";
    expect(classifyRow(row({ name: long, cells: [long] })).kind).toBe("note");
    expect(classifyRow(row({ name: "Ghi chú: số ước", cells: ["", "Ghi chú: số ước"] })).kind).toBe("note");
    expect(
      classifyRow(row({ code: "Ghi chú: số liệu ước tính đến 15/6", cells: ["Ghi chú: số liệu ước tính đến 15/6"] }))
        .kind,
    ).toBe("note");
    expect(classifyRow(row({ cells: ["", "NGƯỜI LẬP BIỂU", "", "TM. ỦY BAN NHÂN DÂN"] })).kind).toBe("signature");
    expect(classifyRow(row({ cells: ["", "", "", "Trạm Tấu, ngày 15 tháng 6 năm 2022"] })).kind).toBe("signature");
    expect(classifyRow(row({ cells: ["", "", "", "CHỦ TỊCH"] })).kind).toBe("signature");
  });

  it("skips a line typed wholly in brackets in the name column, but not a name that only starts with one", () => {
    const note = "(Số liệu tính đến ngày 15/6/2024)";
    expect(classifyRow(row({ name: note, cells: ["", note] })).kind).toBe("note");
    const named = "(a) Số hộ thoát nghèo";
    expect(classifyRow(row({ name: named, cells: ["", named] })).kind).toBe("indicator");
    // With a figure beside it, a bracketed name is still an indicator the clerk scored.
    expect(classifyRow(row({ name: "(Tổng số hộ)", hasFigures: true, filled: 2 })).kind).toBe("indicator");
  });

  it("keeps an indicator whose figures are still blank", () => {
    expect(classifyRow(row({ code: "5", name: "Tỷ lệ hộ nghèo", unit: "%" }))).toEqual({
      kind: "indicator",
      sub: false,
    });
  });
});

describe("helpers", () => {
  it("recognises sub-row marks", () => {
    for (const code of ["-", "+", "a", "b)", "1.1", "2.3.1"]) expect(isSubRowMark(code, "Lúa")).toBe(true);
    for (const name of ["- Lúa", "+ Ngô", "* Khoai"]) expect(isSubRowMark("", name)).toBe(true);
    expect(isSubRowMark("1", "Lúa")).toBe(false);
    expect(isSubRowMark("", "Thu ngân sách")).toBe(false);
  });
  it("reads what follows “Trong đó” in every form a sub-row mark takes", () => {
    const forms: Array<[string, string]> = [
      ["Trong đó: nữ", "nữ"],
      ["TRONG ĐÓ - lao động nữ", "lao động nữ"],
      ["trong do nu", "nu"],
      ["Trong đó", ""],
    ];
    for (const [name, rest] of forms) {
      expect(ofWhichRest(name)).toBe(rest);
      expect(isSubRowMark("", name)).toBe(true);
    }
    expect(ofWhichRest("Trong doanh nghiệp")).toBeNull();
    expect(isSubRowMark("", "Trong doanh nghiệp")).toBe(false);
    expect(ofWhichRest("Lao động nữ")).toBeNull();
  });
  it("knows top-level codes", () => {
    expect(isTopLevelCode("2")).toBe(true);
    expect(isTopLevelCode("3.")).toBe(true);
    expect(isTopLevelCode("IV")).toBe(true);
    expect(isTopLevelCode("a")).toBe(false);
    expect(isTopLevelCode("1.1")).toBe(false);
  });
  it("groupTitle keeps a numeral typed in both the code and the name once", () => {
    expect(groupTitle("I", "I. KINH TẾ", "")).toBe("I. KINH TẾ");
    expect(groupTitle("II", "II - VĂN HÓA - XÃ HỘI", "")).toBe("II. VĂN HÓA - XÃ HỘI");
    expect(groupTitle("III", "QUỐC PHÒNG - AN NINH", "")).toBe("III. QUỐC PHÒNG - AN NINH");
  });
  it("groupTitle needs upper case for a code-less title, and no unit", () => {
    expect(groupTitle("", "KINH TẾ", "")).toBe("KINH TẾ");
    expect(groupTitle("", "Kinh tế", "")).toBeNull();
    expect(groupTitle("", "GDP", "tỷ đồng")).toBeNull();
    expect(groupTitle("A", "CHỈ TIÊU KINH TẾ", "")).toBe("A. CHỈ TIÊU KINH TẾ");
  });
});
