import { parseSettings } from "../settings";
import { scoreReturn } from "./score-return";
import { returnTable } from "./test-support";

describe("scored indicators share their flags arrays", () => {
  const settings = parseSettings({});
  const scored = (area: string) =>
    scoreReturn(
      returnTable(area, [
        { name: "Tỷ lệ hộ nghèo", unit: "%", plan: 4, actual: 9 },
        { name: "Sản lượng ngô", unit: "tấn", plan: 100, actual: 120 },
        { name: "Diện tích lúa", unit: "ha", plan: 100, actual: 30 },
      ]),
      settings,
      `${area}.xlsx`,
    ).indicators;

  it("gives the same flags, in the same order, as one frozen array per combination", () => {
    const [a, b] = [scored("Xã A"), scored("Xã B")];
    expect(a.map((i) => i.flags)).toEqual([["lagging", "priority"], [], ["lagging"]]);
    expect(a[0].flags).toBe(b[0].flags);
    expect(a[1].flags).toBe(b[1].flags);
    expect(a[2].flags).toBe(b[2].flags);
    expect(a[0].flags).not.toBe(a[2].flags);
    expect(Object.isFrozen(a[0].flags)).toBe(true);
    expect(() => (a[2].flags as string[]).push("missing")).toThrow();
    expect(b[2].flags).toEqual(["lagging"]);
  });
});
