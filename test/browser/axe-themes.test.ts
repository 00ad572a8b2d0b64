/**
 * axe-core over the pane in English and in the dark theme (the light Vietnamese pane is checked in
 * taskpane.test.ts), with the settings open and the import table filled (an "errors" row in red),
 * so colour contrast is judged on the states the user sees.
 * The preview takes ?lang=en|vi and ?theme=light|dark and passes them to the App.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { EXAMPLES, axeViolations, blocking, previewSessionForFile, waitForScan } from "./harness";

const session = previewSessionForFile();

const cases = [
  { query: "lang=en", theme: "light", lang: "en" },
  { query: "theme=dark", theme: "dark", lang: "vi" },
  { query: "lang=en&theme=dark", theme: "dark", lang: "en" },
] as const;

const words = {
  en: {
    generate: "Generate summary",
    settings: "Settings",
    import: "Import the communes' returns",
    choose: "Choose return files (.xlsx, .xls)",
    errors: "Errors",
    consolidate: "Consolidate",
    created: /^Created: /,
    corrections: "Correct columns and directions",
    columns: "Columns found",
  },
  vi: {
    generate: "Tạo báo cáo",
    settings: "Cài đặt",
    import: "Nhập báo cáo các xã",
    choose: "Chọn tệp báo cáo (.xlsx, .xls)",
    errors: "Có lỗi",
    consolidate: "Tổng hợp",
    created: /^Đã tạo: /,
    corrections: "Sửa cột và chiều đánh giá",
    columns: "Cột đã nhận diện",
  },
};

test.each(cases)(
  "no serious or critical axe violation with ?$query",
  async ({ query, theme, lang }) => {
    const { page, pageErrors } = await session().open(query);
    await waitForScan(page);
    const w = words[lang];
    // the pane really is in that language and theme
    expect(await page.locator("#pane [data-theme]").first().getAttribute("data-theme")).toBe(theme);
    expect(await page.locator("#pane [data-theme]").first().getAttribute("lang")).toBe(lang);
    const background = await page
      .locator("#pane [data-theme]")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    if (theme === "dark") expect(r + g + b).toBeLessThan(200);
    else expect(r + g + b).toBeGreaterThan(600);
    await page.getByRole("button", { name: w.generate }).waitFor();

    await page.getByRole("button", { name: w.settings }).click();
    await page.getByRole("region", { name: w.settings }).waitFor();
    const corrupt = join(session().work, `hong-${theme}-${lang}.xlsx`);
    writeFileSync(corrupt, "not a workbook");
    const section = page.getByRole("region", { name: w.import });
    await section.getByLabel(w.choose).setInputFiles([join(EXAMPLES, "xa-ban-cong.xlsx"), corrupt]);
    await section
      .locator(`li[data-file="hong-${theme}-${lang}.xlsx"]`)
      .getByText(w.errors)
      .waitFor({ timeout: 60_000 });
    await section.getByRole("progressbar").waitFor({ state: "detached" });
    // consolidated: its message (sheet names) wraps inside the pane instead of widening it
    await section.getByRole("button", { name: w.consolidate }).click();
    await section.getByText(w.created).waitFor({ timeout: 30_000 });
    const widths = await page.evaluate(() => {
      const pane = document.querySelector("#pane [data-theme]") as HTMLElement;
      return { scroll: pane.scrollWidth, client: pane.clientWidth };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.client + 1);
    // and the corrections panel open, with its selects
    await page.getByRole("button", { name: w.corrections }).first().click();
    await page.getByRole("region", { name: w.columns }).first().waitFor();

    const violations = await axeViolations(page, session().origin);
    expect(await page.evaluate(() => document.querySelectorAll("#pane button").length)).toBeGreaterThan(10);
    expect(blocking(violations)).toEqual([]);
    expect(pageErrors).toEqual([]);
  },
  120_000,
);
