// The fake workbook as HTML: a tab per sheet and the chosen sheet's cell values (with fills, so the
// generated bands show). Read straight from the fake's inspector, no Office.js calls.
import { useState } from "react";
import { columnLetters, rangeA1 } from "../src/core/address";
import type { FakeExcel } from "../test/support/excel-fake";
import { findSheet, fullAddress, parseRange, usedBounds } from "../test/support/excel-fake/state";

/** The top-left cell ("B12") of the last selection on `sheet`, from the fake's event log. */
function selectedCell(log: string[], sheet: string): string | null {
  const prefix = `select ${fullAddress(sheet, parseRange("A1")).replace(/A1$/, "")}`;
  const last = [...log].reverse().find((entry) => entry.startsWith("select "));
  if (!last?.startsWith(prefix)) return null;
  return last.slice(prefix.length).split(":")[0].replace(/\$/g, "");
}

export function WorkbookView({ fake, version }: { fake: FakeExcel; version: number }) {
  const names = fake.workbook.sheetNames();
  const [chosen, setChosen] = useState<string | null>(null);
  const active = chosen && names.includes(chosen) ? chosen : (fake.workbook.activeSheet() ?? names[0]);
  const sheet = fake.workbook.sheet(active);
  const used = usedBounds(findSheet(fake.workbook.raw, active)!, false);
  const values = used ? sheet.values(rangeA1(1, 1, used.bottom, used.right)) : [];
  const selected = selectedCell(fake.workbook.log(), active);
  return (
    <section aria-label="Sổ tính (workbook)" data-version={version}>
      <div className="tabs" role="tablist" aria-label="Các trang (sheets)">
        {names.map((name) => (
          <button key={name} role="tab" aria-selected={name === active} onClick={() => setChosen(name)}>
            {name}
          </button>
        ))}
      </div>
      <table className="sheet" data-sheet={active}>
        <thead>
          <tr>
            <th />
            {(values[0] ?? []).map((_, c) => (
              <th key={c}>{columnLetters(c + 1)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {values.map((row, r) => (
            <tr key={r}>
              <th>{r + 1}</th>
              {row.map((value, c) => {
                const address = `${columnLetters(c + 1)}${r + 1}`;
                const cell = sheet.cell(address);
                const isSelected = address === selected;
                return (
                  <td
                    key={c}
                    data-selected={isSelected ? "true" : undefined}
                    style={{ background: cell?.fill, fontWeight: cell?.font?.bold ? "bold" : undefined, outline: isSelected ? "2px solid #107C41" : undefined }}
                  >
                    {String(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
