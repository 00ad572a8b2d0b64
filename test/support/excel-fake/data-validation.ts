/**
 * Excel.DataValidation (ExcelApi 1.8) on the fake, list rules only: `range.dataValidation.rule =
 * { list: { inCellDropDown, source } }`, `errorAlert`, `clear()`. A new rule replaces the validations it
 * overlaps (simplified: Excel trims them to the uncovered cells). A list source over 255 characters is
 * rejected, as Excel rejects it.
 */
import type { CellRange } from "../../../src/core/grid";
import { officeError } from "./errors";
import { FakeObject } from "./proxy";
import type { RangeTarget } from "./range";
import { intersects } from "./state";

export interface DataValidationState {
  range: CellRange;
  list: string;
  inCellDropDown: boolean;
  /** Whether a value outside the list is rejected with an alert (Excel's default: true). */
  showAlert: boolean;
}

export const MAX_LIST_SOURCE = 255;

export function validationsOf(sheet: RangeTarget["sheet"]): DataValidationState[] {
  return (sheet.dataValidations ??= []);
}

/** The validation covering exactly this range (the fake's unit of storage). */
function exact(t: RangeTarget): DataValidationState | undefined {
  const r = t.rect;
  return validationsOf(t.sheet).find((v) => v.range.top === r.top && v.range.left === r.left && v.range.bottom === r.bottom && v.range.right === r.right);
}

export class DataValidation extends FakeObject<RangeTarget> {
  protected readonly scalars = ["type", "valid"] as const;
  protected readScalar(name: string, t: RangeTarget): unknown {
    const v = validationsOf(t.sheet).find((x) => intersects(x.range, t.rect));
    if (name === "type") return v ? "List" : "None";
    return true;
  }
  get type(): string { return this.get("type"); }

  set rule(rule: { list?: { inCellDropDown?: boolean; source?: string } } & Record<string, unknown>) {
    this.queue("dataValidation.rule", rule, (t) => {
      const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
      if (kinds.length !== 1 || kinds[0] !== "list") throw officeError("InvalidArgument", `the fake supports one list rule, got ${kinds.join(",")}`);
      const source = rule.list?.source;
      if (typeof source !== "string" || source.length === 0) throw officeError("InvalidArgument", "list source");
      if (source.length > MAX_LIST_SOURCE) throw officeError("InvalidArgument", `list source over ${MAX_LIST_SOURCE} characters`);
      const list = validationsOf(t.sheet);
      const kept = list.filter((v) => !intersects(v.range, t.rect));
      list.splice(0, list.length, ...kept, { range: { ...t.rect }, list: source, inCellDropDown: rule.list?.inCellDropDown ?? true, showAlert: true });
    });
  }

  set errorAlert(alert: { showAlert?: boolean }) {
    this.queue("dataValidation.errorAlert", alert, (t) => {
      const v = exact(t);
      if (!v) throw officeError("InvalidOperation", "errorAlert on a range without a rule (the fake sets it after the rule)");
      if (alert.showAlert !== undefined) v.showAlert = alert.showAlert;
    });
  }

  clear(): void {
    this.queue("dataValidation.clear", null, (t) => {
      const list = validationsOf(t.sheet);
      list.splice(0, list.length, ...list.filter((v) => !intersects(v.range, t.rect)));
    });
  }
}
