/** @jest-environment jsdom */
// The return card says which columns it read as plan and actual, with their header texts.
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyze } from "../../core/analyze";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { gridOf } from "../../core/table/test-support";
import { ReturnCard } from "./ReturnCard";

const summaryOf = (rows: (string | number | null)[][]) =>
  analyze([{ file: "a.xlsx", grids: [gridOf(rows, { sheet: "Xã A" })], findings: [] }], DEFAULT_SETTINGS).returns[0];

describe("ReturnCard: what was read", () => {
  it("shows the columns read with their header texts", () => {
    const summary = summaryOf([
      ["STT", "Chỉ tiêu", "Mục tiêu đến năm 2030", "Kết quả đến tháng 6/2027"],
      [1, "Thu ngân sách", 30, 20],
    ]);
    render(
      <FluentProvider theme={webLightTheme}>
        <ReturnCard summary={summary} problems={[]} language="vi" />
      </FluentProvider>,
    );
    const line = document.querySelector('[data-part="columns-read"]');
    expect(line?.textContent).toBe(
      "Đã đọc: Kế hoạch = cột C «Mục tiêu đến năm 2030»; Thực hiện = cột D «Kết quả đến tháng 6/2027»",
    );
    expect(line?.querySelector(".fui-Badge")).toBeNull();
  });

  it("marks an uncertain choice", () => {
    const summary = summaryOf([
      ["Chỉ tiêu", "KH năm", "KH 6 tháng", "TH 6 tháng"],
      ["Thu ngân sách", 60, 30, 33],
    ]);
    render(
      <FluentProvider theme={webLightTheme}>
        <ReturnCard summary={summary} problems={[]} language="vi" />
      </FluentProvider>,
    );
    const line = document.querySelector('[data-part="columns-read"]');
    expect(line?.querySelector(".fui-Badge")?.textContent).toBe("Cần kiểm tra");
    expect(line?.textContent).toContain("có nhiều cột kế hoạch");
  });
});
