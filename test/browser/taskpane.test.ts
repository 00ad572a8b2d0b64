/**
 * The task pane in a real browser: the preview bundle (the pane against a fake Excel seeded with
 * examples/xa-tram-tau.xlsx), served from 127.0.0.1, opened in Debian's Chromium with playwright-core.
 * Scans, generates the summary, then looks inside the fake workbook through window.__preview.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { type PreviewSession, ROOT as root, axeViolations, blocking, startPreview } from "./harness";

let session: PreviewSession;
let origin: string;
let page: Page;
let requests: string[];
let pageErrors: string[];

beforeAll(async () => {
  session = await startPreview();
  origin = session.origin;
  ({ page, requests, pageErrors } = await session.open());
}, 360_000);

afterAll(async () => {
  await session?.close();
});

test("the pane scans the return, generates the summary into the workbook, and talks to no other origin", async () => {
  // the scan result: area and the band counts by name
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Xã Trạm Tấu" }) });
  await card.waitFor({ timeout: 20_000 });
  await expectText(card, /Kỳ báo cáo: 6 tháng đầu năm 2022/);
  const counts = card.getByRole("list", { name: "Số chỉ tiêu theo mức đánh giá" }).getByRole("listitem");
  expect(await counts.count()).toBe(5);
  expect(await counts.first().textContent()).toMatch(/^\d+Đạt, vượt kế hoạch$/);
  const before = await page.evaluate(() => window.__preview!.fake.workbook.sheet("Biểu 01").values());

  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await page.getByText(/^Đã tạo: KQ Xã Trạm Tấu\.$/).waitFor({ timeout: 20_000 });

  const inside = await page.evaluate(() => {
    const wb = window.__preview!.fake.workbook;
    const generated = wb.sheetNames().find((name) => name.startsWith("KQ "));
    const sheet = generated ? wb.sheet(generated) : null;
    return {
      names: wb.sheetNames(),
      active: wb.activeSheet(),
      a1: sheet?.cell("A1")?.value,
      heading: sheet ? sheet.values("A1:A3").flat().join(" | ") : "",
      rules: sheet?.conditionalFormats.map((rule) => ({ type: rule.type, fill: rule.fill })) ?? [],
      source: wb.sheet("Biểu 01").values(),
      // what the preview shows in formula cells: computed by the fake, not a placeholder 0
      formulaValues: generated
        ? [...(wb.raw.sheets.find((s) => s.name === generated)?.cells.values() ?? [])]
            .filter((c) => c.formula)
            .map((c) => c.value)
        : [],
    };
  });
  const numbers = inside.formulaValues.filter((v): v is number => typeof v === "number");
  expect(numbers.length).toBeGreaterThan(5);
  expect(numbers.filter((v) => v > 0).length).toBeGreaterThan(numbers.length * 0.75); // a few % are really 0
  expect(inside.formulaValues.filter((v) => typeof v === "string" && v.length > 0).length).toBeGreaterThan(5); // band names
  expect(inside.names).toEqual(["Biểu 01", "KQ Xã Trạm Tấu"]);
  expect(inside.active).toBe("KQ Xã Trạm Tấu"); // the summary is opened for the user
  expect(inside.a1).toBe("ỦY BAN NHÂN DÂN"); // the heading of an administrative report
  expect(inside.heading).toMatch(/XÃ TRẠM TẤU/);
  // one band rule per default band colour
  const fills = new Set(inside.rules.map((rule) => rule.fill));
  for (const colour of ["#8FD0A0", "#FFEFA0", "#F08A3C", "#D9534F"]) expect(fills.has(colour)).toBe(true);
  expect(inside.source).toEqual(before);

  // the workbook view on the right re-drew with the new sheet's tab
  await page.getByRole("tab", { name: "KQ Xã Trạm Tấu" }).waitFor();

  mkdirSync(join(root, "out"), { recursive: true });
  await page.screenshot({ path: join(root, "out", "preview.png"), fullPage: false });

  expect(pageErrors).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
}, 60_000);

test("go to cell selects the indicator's cell in the workbook", async () => {
  const button = page.getByRole("button", { name: /^Đến ô [A-Z]+\d+ trang Biểu 01: Diện tích trồng rừng mới$/ });
  const label = (await button.getAttribute("aria-label")) ?? "";
  const cell = /Đến ô ([A-Z]+\d+)/.exec(label)?.[1];
  expect(cell).toBeDefined();
  await button.click();
  await page.waitForFunction(
    (expected) => window.__preview!.fake.workbook.log().includes(expected),
    `select 'Biểu 01'!${cell}`,
    { timeout: 10_000 },
  );
  expect(await page.evaluate(() => window.__preview!.fake.workbook.activeSheet())).toBe("Biểu 01");
  // the workbook view shows that sheet, the cell outlined
  await page.locator('table.sheet[data-sheet="Biểu 01"] td[data-selected="true"]').waitFor();
  const shown = await page.locator('table.sheet[data-sheet="Biểu 01"] td[data-selected="true"]').textContent();
  expect(shown).toBe("Diện tích trồng rừng mới");
  await page.screenshot({ path: join(root, "out", "preview-go-to-cell.png"), fullPage: false });
  expect(pageErrors).toEqual([]);
}, 30_000);

test("inserting the NTM checklist template adds a user sheet", async () => {
  const section = page.getByRole("region", { name: "Chèn biểu mẫu" });
  await section.getByRole("button", { name: "Bảng 19 tiêu chí nông thôn mới" }).click();
  await page.getByText("Đã chèn: Tiêu chí NTM.").waitFor({ timeout: 20_000 });
  const names = await page.evaluate(() => window.__preview!.fake.workbook.sheetNames());
  expect(names).toEqual(["Biểu 01", "KQ Xã Trạm Tấu", "Tiêu chí NTM"]);
  const tags = await page.evaluate(() => window.__preview!.fake.workbook.sheet("Tiêu chí NTM").customProperties);
  expect(Object.keys(tags)).toEqual([]);
  await page.getByRole("tab", { name: "Tiêu chí NTM" }).click();
  await page.locator('table.sheet[data-sheet="Tiêu chí NTM"]').waitFor();
  await page.screenshot({ path: join(root, "out", "preview-template.png"), fullPage: false });
  expect(pageErrors).toEqual([]);
}, 40_000);

test("axe-core finds no serious or critical accessibility violation in the pane, settings open", async () => {
  await page.getByRole("button", { name: "Cài đặt" }).click();
  await page.getByRole("region", { name: "Cài đặt" }).waitFor();
  const violations = await axeViolations(page, origin);
  const checked = await page.evaluate(() => document.querySelectorAll("#pane button").length);
  expect(checked).toBeGreaterThan(5);
  expect(blocking(violations)).toEqual([]);
  await page.getByRole("region", { name: "Cài đặt" }).screenshot({ path: join(root, "out", "pane-settings.png") });
  await page
    .getByRole("region", { name: "Nhập báo cáo các xã" })
    .screenshot({ path: join(root, "out", "pane-import.png") });
}, 60_000);

async function expectText(locator: ReturnType<Page["locator"]>, pattern: RegExp): Promise<void> {
  expect(await locator.textContent()).toMatch(pattern);
}
