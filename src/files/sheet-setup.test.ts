/** The .xlsx page setup follows the plan: its scale when it chose one, else the width fit; its margins. */
import { DEFAULT_ROW_HEIGHT, PAGE_MARGINS } from "../core/plan/pagination";
import type { PageSetup, PlanSheet } from "../core/plan/types";
import { pageSetupOptions, sheetOptions } from "./sheet-setup";

const page: PageSetup = { paper: "A4", orientation: "landscape", fitToWidth: true, printTitleRows: null, footer: null };

describe("pageSetupOptions", () => {
  it("fits the columns to the page width when the plan sets no scale", () => {
    expect(pageSetupOptions(page)).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(pageSetupOptions(page).scale).toBeUndefined();
  });

  it("prints at the plan's scale, without fit-to-page (which would override it)", () => {
    const setup = pageSetupOptions({ ...page, scale: 72 });
    expect(setup).toMatchObject({ fitToPage: false, scale: 72 });
    expect(setup.fitToWidth).toBeUndefined();
  });

  it("uses the plan's margins, else the ones the page estimates assume", () => {
    expect(pageSetupOptions(page).margins).toEqual(PAGE_MARGINS);
    const margins = { left: 1, right: 1, top: 1, bottom: 1, header: 0.5, footer: 0.5 };
    expect(pageSetupOptions({ ...page, margins }).margins).toEqual(margins);
  });
});

describe("sheetOptions", () => {
  it("makes rows without a height as tall as the page estimates assume (LibreOffice would use 15 pt)", () => {
    const sheet = { page, freeze: null, tabColor: "#1F4E79" } as unknown as PlanSheet;
    const options = sheetOptions(sheet);
    expect(options.properties?.defaultRowHeight).toBe(DEFAULT_ROW_HEIGHT);
    expect(options.properties?.tabColor?.argb).toBe("FF1F4E79");
  });
});
