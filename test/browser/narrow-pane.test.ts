/**
 * The pane as a task pane really is: 320 px wide, in Vietnamese and English, light and dark. Each walk
 * opens and closes the write-back dialog (axe and the aria-hidden check after it closes), imports
 * returns, opens the corrections panel, and checks that nothing widens the pane beyond 320 px.
 * Screenshots go to out/screenshots/ to be looked at.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  EXAMPLES,
  ROOT,
  axeViolations,
  blocking,
  previewSessionForFile,
  waitForPaneReadable,
  waitForScan,
} from "./harness";

const session = previewSessionForFile();
const SHOTS = join(ROOT, "out", "screenshots");

const words = {
  vi: {
    writeBack: "Ghi % vào cột % của biểu",
    cancel: "Hủy",
    import: "Nhập báo cáo các xã",
    choose: "Chọn tệp báo cáo (.xlsx, .xls)",
    corrections: "Sửa cột và chiều đánh giá",
    columns: "Cột đã nhận diện",
  },
  en: {
    writeBack: "Write % into the sheet's % column",
    cancel: "Cancel",
    import: "Import the communes' returns",
    choose: "Choose return files (.xlsx, .xls)",
    corrections: "Correct columns and directions",
    columns: "Columns found",
  },
};

/** Narrows the preview's pane column to 320 px, the width of a task pane. */
async function narrow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.evaluate(() => {
    (document.getElementById("preview") as HTMLElement).style.gridTemplateColumns = "320px 1fr";
  });
}

/** Widths of the pane (its content may not be wider than it) and of the widest descendant that overflows. */
async function overflow(page: Page): Promise<{ scroll: number; client: number; culprits: string[] }> {
  return page.evaluate(() => {
    const pane = document.querySelector("#pane [data-theme]") as HTMLElement;
    const right = pane.getBoundingClientRect().right;
    const culprits = Array.from(pane.querySelectorAll<HTMLElement>("*"))
      .filter((el) => el.getBoundingClientRect().right > right + 1 && el.getBoundingClientRect().width > 0)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)} ${Math.round(el.getBoundingClientRect().right)}`,
      );
    return { scroll: pane.scrollWidth, client: pane.clientWidth, culprits };
  });
}

/** Elements outside any dialog hidden from screen readers that hold part of the pane. */
async function hiddenOutsideDialogs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[aria-hidden="true"]'))
      .filter((el) => !el.closest('[role="dialog"]') && el.querySelector("button, section, h2"))
      .map((el) => el.tagName),
  );
}

const cases = [
  { lang: "vi", theme: "light" },
  { lang: "vi", theme: "dark" },
  { lang: "en", theme: "light" },
  { lang: "en", theme: "dark" },
] as const;

test.each(cases)(
  "at 320 px, $lang $theme: the pane fits, dialogs give the pane back, axe after each",
  async ({ lang, theme }) => {
    mkdirSync(SHOTS, { recursive: true });
    const w = words[lang];
    const { page, pageErrors } = await session().open(`lang=${lang}&theme=${theme}`);
    await narrow(page);
    await waitForScan(page);
    const pane = page.locator("#pane");
    const shot = (name: string) => pane.screenshot({ path: join(SHOTS, `pane-320-${lang}-${theme}-${name}.png`) });
    await shot("1-start");

    // the write-back dialog: opened, looked at, cancelled; the pane is given back to screen readers
    await page.getByRole("button", { name: w.writeBack }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, `pane-320-${lang}-${theme}-2-dialog.png`) });
    await dialog.getByRole("button", { name: w.cancel }).click();
    await dialog.waitFor({ state: "detached" });
    await waitForPaneReadable(page);
    expect(await hiddenOutsideDialogs(page)).toEqual([]);
    expect(blocking(await axeViolations(page, session().origin))).toEqual([]);

    // returns imported: the table of returns at 320 px
    const section = page.getByRole("region", { name: w.import });
    await section
      .getByLabel(w.choose)
      .setInputFiles(
        ["xa-ban-cong.xlsx", "xa-loi-cong-thuc.xlsx", "huyen-nhieu-xa.xlsx"].map((f) => join(EXAMPLES, f)),
      );
    await section.locator('[data-file="xa-loi-cong-thuc.xlsx"]').first().waitFor({ timeout: 60_000 });
    await section.getByRole("progressbar").waitFor({ state: "detached", timeout: 60_000 });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(SHOTS, `pane-320-${lang}-${theme}-3-import.png`) });

    // the corrections panel
    await page.getByRole("button", { name: w.corrections }).first().click();
    const panel = page.getByRole("region", { name: w.columns }).first();
    await panel.waitFor({ timeout: 30_000 });
    await panel.screenshot({ path: join(SHOTS, `pane-320-${lang}-${theme}-4-corrections.png`) });

    const widths = await overflow(page);
    expect(widths.culprits).toEqual([]);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client + 1);
    expect(blocking(await axeViolations(page, session().origin))).toEqual([]);
    expect(pageErrors).toEqual([]);
  },
  180_000,
);
