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

  it("tells a sum row ('Tổng cộng', 'Cộng') from an indicator whose name starts with 'Tổng'", () => {
    const kind = (name: string, code = "") => classifyRow(row({ code, name, unit: "", hasFigures: true })).kind;
    for (const name of ["Tổng cộng", "TỔNG CỘNG", "Cộng", "Cộng:", "Tổng", "Tổng số", "Cộng chung", "TỔNG CỘNG (I+II)"])
      expect({ name, kind: kind(name) }).toEqual({ name, kind: "total" });
    for (const name of ["Tổng số hộ", "Tổng thu ngân sách", "Tổng sản lượng lương thực", "Cộng tác viên dân số"])
      expect({ name, kind: kind(name) }).toEqual({ name, kind: "indicator" });
    // a sub-row under a parent is the parent's part ("Số hộ nghèo" / "- Tổng số"), not a sum of the table
    expect(classifyRow(row({ code: "-", name: "Tổng số", hasFigures: true }))).toEqual({
      kind: "indicator",
      sub: true,
    });
    expect(classifyRow(row({ name: "- Tổng số", hasFigures: true }))).toEqual({ kind: "indicator", sub: true });
    // more words after them name an indicator
    expect(kind("Tổng cộng các chỉ tiêu chủ yếu của xã")).toBe("indicator");
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

describe("the signature block, in the forms it is typed", () => {
  it.each([
    "Người lập",
    "Người lập biểu",
    "TM UBND XÃ",
    "TM.UBND XÃ",
    "TM. ỦY BAN NHÂN DÂN",
    "KT CHỦ TỊCH",
    "KT.CHỦ TỊCH",
    "KT. TRƯỞNG PHÒNG",
    "CHỦ TỊCH UBND",
    "Thủ trưởng",
    "Thủ trưởng đơn vị",
    "Ngày 15 tháng 6 năm 2022",
    "Trạm Tấu,ngày 15 tháng 6 năm 2022",
  ])("%j ends the table", (text) => {
    expect(classifyRow(row({ cells: ["", "", "", text] })).kind).toBe("signature");
  });

  it.each([
    "Chủ tịch HĐND xã kiêm nhiệm",
    "Số cán bộ thống kê cấp xã",
    "Số ngày công bình quân tháng trong năm",
    "Số hộ dùng nguồn nước sạch",
  ])("an indicator named %j without figures yet is no signature nor note", (name) => {
    expect(classifyRow(row({ code: "", name, cells: [name] }))).toEqual({ kind: "indicator", sub: false });
  });
});

describe("rows that are neither indicators nor groups", () => {
  it("reads a column-number row whose name cell is blank", () => {
    expect(classifyRow(row({ code: "1", name: "", unit: "3", cells: ["1", "", "3", "4"] })).kind).toBe(
      "column-numbers",
    );
  });

  it("reads a Roman code alone as a stray code, not a group", () => {
    expect(classifyRow(row({ code: "II" })).kind).toBe("note");
  });

  it("reads figures without a name, and a long text in the code column, as notes", () => {
    expect(classifyRow(row({ code: "3", hasFigures: true, cells: ["3", "", "", "1.326"] })).kind).toBe("note");
    expect(classifyRow(row({ code: "Nguồn: Chi cục Thống kê", name: "huyện" })).kind).toBe("note");
  });

  it("keeps a long name with a unit as an indicator, not a note", () => {
    const long =
      "Tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn kỹ thuật quốc gia, kể cả các hộ ở thôn bản vùng sâu";
    expect(classifyRow(row({ name: long, unit: "%", cells: [long, "%"] }))).toEqual({ kind: "indicator", sub: false });
  });

  it("keeps 'Trong đó' as the of-which line, and 'Trong đó: nữ' as a sub-row", () => {
    expect(classifyRow(row({ name: "Trong đó" })).kind).toBe("of-which");
    expect(classifyRow(row({ name: "Trong đó: nữ" }))).toEqual({ kind: "indicator", sub: true });
  });
});

describe("group titles", () => {
  it("takes a three-letter upper-case name for a title, but not two letters, figures or a numbered row", () => {
    expect(groupTitle("", "THU", "")).toBe("THU");
    expect(groupTitle("", "XÃ", "")).toBeNull();
    expect(groupTitle("", "2024 - 2025", "")).toBeNull();
    expect(groupTitle("1", "TỔNG THU NGÂN SÁCH", "")).toBeNull();
  });

  it("keeps the numeral of a code typed with a dot", () => {
    expect(groupTitle("II.", "VĂN HÓA", "")).toBe("II. VĂN HÓA");
  });
});

describe("sub-row marks and top-level codes, more forms", () => {
  it("reads multi-digit outline codes as sub-rows", () => {
    for (const code of ["12.1", "1.12", "10.2.3."]) expect(isSubRowMark(code, "Lúa")).toBe(true);
  });

  it("does not read a mark inside a code or a name as a sub-row", () => {
    for (const code of ["1a", "ab", "12"]) expect(isSubRowMark(code, "Lúa")).toBe(false);
    expect(isSubRowMark("", "Thu - chi ngân sách")).toBe(false);
    expect(isSubRowMark("", "Tổng số lao động, trong đó nữ")).toBe(false);
    expect(ofWhichRest("Tổng số trong đó nữ")).toBeNull();
  });

  it("knows two-digit top-level codes", () => {
    expect(isTopLevelCode("12")).toBe(true);
    expect(isTopLevelCode("12.")).toBe(true);
  });
});
