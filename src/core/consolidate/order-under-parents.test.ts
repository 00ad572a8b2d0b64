import fc from "fast-check";
import { orderUnderParents } from "./order-under-parents";

const row = (name: string, group: string | null, parent: string | null = null) => ({ name, group, parent });

describe("orderUnderParents: sub-rows stay under their parent, one block per group", () => {
  it("a sub-row first seen in a later return goes under its parent, not to the bottom", () => {
    const rows = [
      row("Tổng sản lượng", "I. KINH TẾ"),
      row("Số hộ nghèo", "II. VĂN HÓA - XÃ HỘI"),
      row("Giải quyết việc làm mới", "II. VĂN HÓA - XÃ HỘI"),
      row("Tuyển quân", "III. QUỐC PHÒNG - AN NINH"),
      row("- hộ cận nghèo", "II. VĂN HÓA - XÃ HỘI", "Số hộ nghèo"),
      row("+ Trong đó: nữ", "II. VĂN HÓA - XÃ HỘI", "Giải quyết việc làm mới"),
    ];
    expect(orderUnderParents(rows).map((r) => r.name)).toEqual([
      "Tổng sản lượng",
      "Số hộ nghèo",
      "- hộ cận nghèo",
      "Giải quyết việc làm mới",
      "+ Trong đó: nữ",
      "Tuyển quân",
    ]);
  });

  it("a row of a group already written joins it, with the block's title as spelled first", () => {
    const rows = [row("A", "I. KINH TẾ"), row("B", "II. XÃ HỘI"), row("C", "I. Kinh tế")];
    const out = orderUnderParents(rows);
    expect(out.map((r) => `${r.group}|${r.name}`)).toEqual(["I. KINH TẾ|A", "I. KINH TẾ|C", "II. XÃ HỘI|B"]);
  });

  it("keeps sub-rows already in place, and a sub-row without its parent where it is", () => {
    const rows = [row("A", null), row("- a1", null, "A"), row("- x", null, "Không có"), row("B", null)];
    expect(orderUnderParents(rows).map((r) => r.name)).toEqual(["A", "- a1", "- x", "B"]);
  });

  it("property: a permutation of its input; every group title forms one run; each sub-row follows its parent's run", () => {
    const groups = ["I", "II", "III"];
    const arb = fc.array(fc.record({ g: fc.integer({ min: 0, max: 2 }), sub: fc.boolean(), p: fc.nat() }), {
      maxLength: 25,
    });
    fc.assert(
      fc.property(arb, (specs) => {
        const rows: Array<{ name: string; group: string | null; parent: string | null }> = [];
        specs.forEach((s, i) => {
          const parents = rows.filter((r) => r.parent === null);
          const parent = s.sub && parents.length ? parents[s.p % parents.length] : null;
          rows.push(row(`r${i}`, parent ? parent.group : groups[s.g], parent ? parent.name : null));
        });
        const out = orderUnderParents(rows);
        if (out.length !== rows.length || new Set(out.map((r) => r.name)).size !== rows.length) return false;
        // one run per group title
        const seen = new Set<string | null>();
        for (let i = 0; i < out.length; i++) {
          if (i > 0 && out[i].group === out[i - 1].group) continue;
          if (seen.has(out[i].group)) return false;
          seen.add(out[i].group);
        }
        // each sub-row sits after its parent with only sub-rows between
        for (let i = 0; i < out.length; i++) {
          if (out[i].parent === null) continue;
          let j = i - 1;
          while (j >= 0 && out[j].parent !== null) j--;
          if (j < 0 || out[j].name !== out[i].parent) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
