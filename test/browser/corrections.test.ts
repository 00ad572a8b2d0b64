/**
 * The commune official corrects what the reader found and writes the % back, in Chromium against the
 * fake workbook: a direction changed for one indicator, a column re-assigned and then set back (both
 * saved in the workbook's settings part and applied at once), and the % written into the return's own
 * empty % cells after the confirmation dialog, every other cell left as it was.
 */
import type { Page } from "playwright-core";
import { axeViolations, blocking, previewSessionForFile, waitForPaneReadable, waitForScan } from "./harness";

const session = previewSessionForFile();

const card = (page: Page) => page.locator('section[data-sheet="Biểu 01"]');
const laggingNames = (page: Page) =>
  card(page).getByRole("list", { name: "Chỉ tiêu đạt thấp" }).locator('[data-part="indicator"]').allTextContents();
const bandCount = async (page: Page, band: string) =>
  Number(await card(page).locator(`li[data-band="${band}"] [data-part="count"]`).textContent());
const settingsXml = (page: Page) =>
  page.evaluate(() =>
    window
      .__preview!.fake.workbook.customXmlParts()
      .map((part) => part.xml)
      .join("\n"),
  );

test("a direction and a column corrected in the pane rescore at once and are saved in the workbook", async () => {
  const { page, pageErrors } = await session().open();
  await waitForScan(page);
  expect((await laggingNames(page)).some((name) => name.startsWith("Diện tích trồng rừng mới"))).toBe(true);

  await card(page).getByRole("button", { name: "Sửa cột và chiều đánh giá" }).click();
  const panel = card(page).getByRole("region", { name: "Cột đã nhận diện" });
  // planting new forest, scored the other way: no longer lagging. It goes "higher is better" by
  // default, so it is not listed until searched for by name.
  await panel.getByRole("searchbox", { name: "Tìm chỉ tiêu để đổi chiều đánh giá" }).fill("trồng rừng");
  await panel
    .getByRole("combobox", { name: "Chiều đánh giá của chỉ tiêu Diện tích trồng rừng mới" })
    .selectOption("down");
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('section[data-sheet="Biểu 01"] [data-part="indicator"]')).some((el) =>
        el.textContent?.startsWith("Diện tích trồng rừng mới"),
      ),
  );
  await page.getByText("Đã lưu cài đặt vào tệp.").waitFor();
  expect(await settingsXml(page)).toContain("diện tích trồng rừng mới");

  // the result column moved to the notes column: nothing left to score
  const total = (await Promise.all(["met", "near", "mid", "low", "none"].map((band) => bandCount(page, band)))).reduce(
    (a, b) => a + b,
  );
  const actual = panel.getByRole("combobox", { name: "Thực hiện", exact: true });
  expect(await actual.inputValue()).toBe("auto");
  await actual.selectOption({ label: "Cột G – Ghi chú" });
  await page.waitForFunction(
    (all) =>
      Number(
        document.querySelector('section[data-sheet="Biểu 01"] li[data-band="none"] [data-part="count"]')?.textContent,
      ) === all,
    total,
  );
  // and back to automatic: the column the reader found, and the scores it gives
  await actual.selectOption("auto");
  await page.waitForFunction(
    (all) =>
      Number(
        document.querySelector('section[data-sheet="Biểu 01"] li[data-band="none"] [data-part="count"]')?.textContent,
      ) < all,
    total,
  );
  expect(await actual.locator("option:checked").textContent()).toBe("Tự động: Cột E – Thực hiện 6 tháng");

  const violations = await axeViolations(page, session().origin);
  expect(blocking(violations)).toEqual([]);
  expect(pageErrors).toEqual([]);
}, 120_000);

test("the % goes into the return's empty % cells only, after the confirmation", async () => {
  const { page, pageErrors } = await session().open();
  await waitForScan(page);
  const sheet = () => page.evaluate(() => window.__preview!.fake.workbook.sheet("Biểu 01").values());
  const before = await sheet();
  const emptyPercent = before.flatMap((row, r) => (r > 3 && row[5] === "" && typeof row[4] === "number" ? [r] : []));
  expect(emptyPercent.length).toBeGreaterThan(0);

  await card(page).getByRole("button", { name: "Ghi % vào cột % của biểu" }).click();
  const dialog = page.getByRole("dialog");
  const promise = dialog.getByText(/sẽ được ghi vào \d+ ô của cột F/);
  await promise.waitFor({ timeout: 30_000 });
  const promised = Number(/ghi vào (\d+) ô/.exec((await promise.textContent()) ?? "")?.[1]);
  // the dialog counts, before writing, what will be written: the empty % cells of scored rows
  expect(promised).toBeGreaterThanOrEqual(emptyPercent.length);
  expect(blocking(await axeViolations(page, session().origin))).toEqual([]);
  await dialog.getByRole("button", { name: `Ghi vào ${promised} ô` }).click();
  const message = card(page).getByText(/^Đã ghi \d+ ô\./);
  await message.waitFor({ timeout: 30_000 });
  // the dialog closed: the pane is readable again, and still passes axe
  await dialog.waitFor({ state: "detached" });
  await waitForPaneReadable(page);
  expect(blocking(await axeViolations(page, session().origin))).toEqual([]);

  const after = await sheet();
  const changed: Array<[number, number]> = [];
  after.forEach((row, r) => row.forEach((value, c) => value !== before[r][c] && changed.push([r, c])));
  // only % cells that were empty, and each of them now a number
  expect(changed.every(([r, c]) => c === 5 && before[r][c] === "")).toBe(true);
  expect(changed.length).toBeGreaterThan(0);
  for (const [r] of changed) expect(typeof after[r][5]).toBe("number");
  expect(await message.textContent()).toContain(`Đã ghi ${changed.length} ô.`);
  expect(changed.length).toBe(promised);
  expect(pageErrors).toEqual([]);
}, 120_000);
