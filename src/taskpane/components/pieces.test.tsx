/** @jest-environment jsdom */
// Component tests for the small pieces the cards are made of: the band bar, the problem list and the
// go-to-cell button (the App tests exercise them together).
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Problem } from "../../core/problems";
import { parseSettings } from "../../core/settings";
import { BandBar } from "./BandBar";
import { GoToCellButton } from "./GoToCellButton";
import { ProblemList } from "./ProblemList";

const inFluent = (element: ReactElement) => render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

describe("BandBar", () => {
  it("names every band with its count (colour is never the only sign), segments only for bands present", () => {
    const settings = parseSettings({ bands: { met: 100, near: 80, mid: 60 }, colours: { low: "#112233" } });
    const { container } = inFluent(
      <BandBar
        counts={{ met: 3, near: 0, mid: 2, low: 1, none: 4 }}
        language="vi"
        label="Số chỉ tiêu theo mức"
        settings={settings}
      />,
    );
    const list = screen.getByRole("list", { name: "Số chỉ tiêu theo mức" });
    const items = within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      "3Đạt, vượt kế hoạch",
      "0Đạt từ 80% đến dưới 100%",
      "2Đạt từ 60% đến dưới 80%",
      "1Đạt dưới 60%",
      "4Chưa đánh giá",
    ]);
    const segments = Array.from(container.querySelectorAll('[data-testid="band-bar"] [data-band]')) as HTMLElement[];
    expect(segments.map((s) => s.dataset.band)).toEqual(["met", "mid", "low", "none"]);
    expect(segments.find((s) => s.dataset.band === "low")?.style.background).toBe("rgb(17, 34, 51)");
    expect(segments.map((s) => s.style.flexGrow)).toEqual(["3", "2", "1", "4"]);
    // the coloured bar is decoration: hidden from screen readers, the list says it all
    expect(container.querySelector('[data-testid="band-bar"]')?.getAttribute("aria-hidden")).toBe("true");
  });

  it("speaks English band names", () => {
    inFluent(<BandBar counts={{ met: 1, near: 1, mid: 0, low: 0, none: 0 }} language="en" label="Bands" />);
    expect(within(screen.getByRole("list", { name: "Bands" })).getAllByRole("listitem")[0].textContent).toMatch(/^1\D/);
  });
});

const problem = (over: Partial<Problem>): Problem => ({
  file: "",
  sheet: "Biểu 01",
  cell: "E7",
  severity: "warning",
  code: "value-not-number",
  message: "trang “Biểu 01”, ô E7: không phải số",
  ...over,
});

describe("ProblemList", () => {
  it("says when there is nothing to check", () => {
    inFluent(<ProblemList problems={[]} language="vi" />);
    expect(screen.getByText("Không có vấn đề nào.")).toBeTruthy();
  });

  it("marks errors, and offers go-to-cell only for problems with a cell in this workbook", () => {
    const onGoTo = jest.fn();
    const problems = [
      problem({}),
      problem({ severity: "error", cell: "F9", message: "ô F9: #REF!" }),
      problem({ cell: "", message: "trang không có cột kế hoạch" }),
      problem({ file: "xa-a.xlsx", cell: "D4", message: "Tệp xa-a.xlsx, ô D4" }),
    ];
    inFluent(<ProblemList problems={problems} language="vi" onGoTo={onGoTo} inWorkbook={(p) => p.file === ""} />);
    const items = within(screen.getByRole("list", { name: "Cần kiểm tra" })).getAllByRole("listitem");
    expect(items.map((li) => li.dataset.severity)).toEqual(["warning", "error", "warning", "warning"]);
    expect(items.map((li) => within(li).queryByRole("button") !== null)).toEqual([true, true, false, false]);
    fireEvent.click(within(items[1]).getByRole("button", { name: "Đến ô F9 trang Biểu 01: ô F9: #REF!" }));
    expect(onGoTo).toHaveBeenCalledWith("Biểu 01", "F9");
  });
});

describe("GoToCellButton", () => {
  it("is named by what and where, in English too, and selects that cell", () => {
    const onGoTo = jest.fn();
    inFluent(<GoToCellButton sheet="Xã A" cell="B12" what="Tỷ lệ hộ nghèo" language="en" onGoTo={onGoTo} />);
    const button = screen.getByRole("button", { name: "Go to cell B12 on sheet Xã A: Tỷ lệ hộ nghèo" });
    expect(button.textContent).toBe("Go to cell");
    fireEvent.click(button);
    expect(onGoTo).toHaveBeenCalledWith("Xã A", "B12");
  });
});
