/**
 * xa-thieu-chi-tieu.xlsx: a return lacking several indicators the others have, with sub-rows
 * whose names start with "+" and "-" ("+ Trong đó: nữ", "- hộ cận nghèo"): text, never formulas.
 */
import type * as ExcelJS from "exceljs";
import { indicatorsFor } from "./indicators";
import { newWorkbook, writeStandardReturn } from "./sheet-kit";

/** Deliberately without grainPerHead, income, ntm, vaccination, popGrowth, partyMembers… */
const KEYS = [
  "grain",
  "rice",
  "forest",
  "livestock",
  "budget",
  "povertyRate",
  "poorHouseholds",
  "households",
  "jobs",
  "violations",
];

export function buildThieuChiTieu(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("Túc Đán");
  writeStandardReturn(sheet, {
    sheetName: "Túc Đán",
    communeCaps: "XÃ TÚC ĐÁN",
    place: "Túc Đán",
    subtitle: "(Kèm theo Báo cáo số 19/BC-UBND ngày 16/6/2022 của UBND xã Túc Đán)",
    indicators: indicatorsFor("Túc Đán", KEYS),
    extraAfter: {
      poorHouseholds: [
        { key: "nearPoor", group: "society", name: "- hộ cận nghèo", unit: "hộ", plan: 150, actual: 162, sub: true },
      ],
      jobs: [
        { key: "jobsWomen", group: "society", name: "+ Trong đó: nữ", unit: "người", plan: 50, actual: 31, sub: true },
      ],
    },
  });
  return workbook;
}
