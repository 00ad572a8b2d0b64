/**
 * Regeneration under failure. Excel has no rollback, so a run that fails part-way cannot promise the
 * old summary back; it must leave no stray sheet, every sheet it touched tagged as ours and visibly
 * marked unfinished, and never break a user's formula pointing into the summary. The next run finishes
 * the job in place. Every sync of the run is made to fail in turn, at several points of its batch.
 */
import type { SummaryPlan } from "../../src/core/plan/types";
import { findGeneratedSheets } from "../../src/excel/generated-sheets";
import { renderPlan } from "../../src/excel/render-plan";
import { UNFINISHED_TEXT, markAddress } from "../../src/excel/unfinished-mark";
import { type FakeExcel, NEWEST_EXCEL_API, createFakeExcel } from "../support/excel-fake";
import { fullPlan } from "./plan-fixture";

const ctx = (fake: FakeExcel) => fake.context as unknown as Excel.RequestContext;
const USER_FORMULA = "='Tổng hợp'!B4";

/** The same plan with other figures, so a finished rewrite can be told from the old summary. */
function secondPlan(): SummaryPlan {
  const p = fullPlan();
  for (const cell of p.sheets[0].cells) if (cell.row === 4 && cell.col === 2) cell.value = 40;
  return p;
}

async function workbookWithSummary(apiVersion: string): Promise<FakeExcel> {
  const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [["của người dùng"]] }] }, { apiVersion });
  expect((await renderPlan(ctx(fake), fullPlan(), fake.api)).findings.filter((f) => f.severity === "error")).toEqual(
    [],
  );
  // the leader links their own sheet to the summary
  const mine = fake.context.workbook.worksheets.add("Của tôi");
  mine.getRange("A1").formulas = [[USER_FORMULA]];
  await fake.context.sync();
  return fake;
}

function snapshot(fake: FakeExcel): Map<string, unknown> {
  return new Map(fake.workbook.sheetNames().map((n) => [n, JSON.stringify(fake.workbook.sheet(n).values())]));
}

function isMarked(fake: FakeExcel, name: string): boolean {
  return fake.workbook
    .sheet(name)
    .values()
    .some((row) => row.includes(UNFINISHED_TEXT));
}

describe.each(["1.7", NEWEST_EXCEL_API])("regenerating on ExcelApi %s", (apiVersion) => {
  test("a clean regeneration rewrites the same sheet objects, so the user's formula still points into the summary", async () => {
    const fake = await workbookWithSummary(apiVersion);
    const idBefore = fake.workbook.raw.sheets.find((s) => s.name === "Tổng hợp")?.id;
    const result = await renderPlan(ctx(fake), secondPlan(), fake.api);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1", "Tổng hợp", "Xã A", "Của tôi"]);
    expect(fake.workbook.raw.sheets.find((s) => s.name === "Tổng hợp")?.id).toBe(idBefore);
    expect(fake.workbook.sheet("Của tôi").cell("A1")?.formula).toBe(USER_FORMULA);
    expect(fake.workbook.sheet("Của tôi").cell("A1")?.value).toBe(40);
    expect(fake.workbook.sheet("Tổng hợp").cell("B4")?.value).toBe(40);
  });

  test.each([undefined, 3000])(
    "a run failing at any sync, anywhere in its batch, leaves tagged and marked sheets that the next run finishes (requests up to %s bytes)",
    async (maxRequestBytes) => {
      const options = { maxRequestBytes };
      // the reference: what a clean regeneration of the second plan gives
      const clean = await workbookWithSummary(apiVersion);
      await renderPlan(ctx(clean), secondPlan(), clean.api);
      const expected = snapshot(clean);
      let faultsHit = 0;
      for (let k = 1; ; k++) {
        let succeeded = true;
        for (const afterOps of [0, 1, 7, 40, Number.MAX_SAFE_INTEGER]) {
          const fake = await workbookWithSummary(apiVersion);
          const before = snapshot(fake);
          fake.injectFault({ sync: fake.stats.syncs + k, afterOps });
          const failed = await renderPlan(ctx(fake), secondPlan(), fake.api, options);
          fake.injectFault(null);
          const hit = failed.findings.some((f) => f.severity === "error");
          if (!hit) continue;
          succeeded = false;
          faultsHit++;
          const label = `sync ${k}, after ${afterOps} operations`;
          // no stray sheet and none lost; the user's sheets and formula untouched
          expect([label, fake.workbook.sheetNames()]).toEqual([label, ["Sheet1", "Tổng hợp", "Xã A", "Của tôi"]]);
          expect([label, fake.workbook.sheet("Của tôi").cell("A1")?.formula]).toEqual([label, USER_FORMULA]);
          expect(fake.workbook.sheet("Sheet1").values()).toEqual([["của người dùng"]]);
          expect([label, await findGeneratedSheets(ctx(fake), fake.api)]).toEqual([label, ["Tổng hợp", "Xã A"]]);
          // each of our sheets is marked unfinished, or exactly as before the run, or finished (the fault
          // came after its last write, e.g. the response was lost)
          const now = snapshot(fake);
          for (const name of ["Tổng hợp", "Xã A"]) {
            const state =
              isMarked(fake, name) || now.get(name) === before.get(name) || now.get(name) === expected.get(name);
            expect([label, name, state]).toEqual([label, name, true]);
          }

          const again = await renderPlan(ctx(fake), secondPlan(), fake.api, options);
          expect([label, again.findings.filter((f) => f.severity === "error")]).toEqual([label, []]);
          expect([label, fake.workbook.sheetNames()]).toEqual([label, ["Sheet1", "Tổng hợp", "Xã A", "Của tôi"]]);
          expect([label, snapshot(fake)]).toEqual([label, expected]);
          for (const name of ["Tổng hợp", "Xã A"]) {
            expect([label, name, isMarked(fake, name)]).toEqual([label, name, false]);
            expect(fake.workbook.sheet(name).tabColor).toBe(clean.workbook.sheet(name).tabColor);
            expect(fake.workbook.sheet(name).conditionalFormats).toEqual(clean.workbook.sheet(name).conditionalFormats);
            expect(fake.workbook.sheet(name).charts.length).toBe(clean.workbook.sheet(name).charts.length);
            expect(fake.workbook.sheet(name).merges).toEqual(clean.workbook.sheet(name).merges);
          }
          expect(fake.workbook.sheet("Của tôi").cell("A1")?.formula).toBe(USER_FORMULA);
          expect([label, fake.workbook.sheet("Của tôi").cell("A1")?.value]).toEqual([label, 40]); // the new figure
          expect(await findGeneratedSheets(ctx(fake), fake.api)).toEqual(["Tổng hợp", "Xã A"]);
        }
        if (succeeded) break; // k is past the last sync of the run
      }
      expect(faultsHit).toBeGreaterThan(maxRequestBytes ? 20 : 4);
    },
  );

  test("the mark sits right of everything the plan writes", () => {
    expect(markAddress(fullPlan().sheets[0])).toBe("F1"); // the plan's cells and merges end in column D
  });
});
