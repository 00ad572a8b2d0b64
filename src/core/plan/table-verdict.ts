/**
 * What the summary table's % and band cells say when the achievement is not a figure a leader can
 * sign (issue 15), the same cases the sentences word (narrative-figures.ts):
 * - a figure the program doubts (flag "suspect-unit"): no %, "Cần kiểm tra số liệu", and no band
 *   colour (neither good nor bad: nobody knows yet);
 * - a count that should not happen, with a plan of 0 ("Số vụ tảo hôn": 2): no "0,0%", "Xảy ra 2 vụ
 *   (KH: không để xảy ra)", in its band's colour (it is a miss, counted as one);
 * - a negative achievement (a "Giảm …" reduction that rose instead): no "-12,5%", the words.
 * Otherwise `null`: the cells hold the % and the band as usual.
 */
import type { BandId, Direction, Flag } from "../model";
import { formatNumber } from "../numbers/format-vi";
import type { Language } from "../settings";
import type { SheetBuilder } from "./sheet-builder";

/** What the % cell holds instead of a %: a dash, so the column stays a column of figures. */
export const NO_PERCENT = "—";

export interface VerdictFacts {
  direction: Direction;
  /** A "Giảm …" reduction amount (scored as up). */
  reduction: boolean;
  unit: string | null;
  planValue: number | null;
  actualValue: number | null;
  achievement: number | null;
  band: BandId;
  flags: readonly Flag[];
}

export interface TableVerdict {
  /** For the band column: "Xảy ra 2 vụ (KH: không để xảy ra)". */
  text: string;
  /** For a narrow % column (the consolidated sheet's units): "Xảy ra 2". */
  short: string;
  /** The band whose colour the cells take, or null: no band colour (a figure in doubt). */
  band: BandId | null;
}

/** The style of cells holding a verdict (styles.ts builds one per band and a neutral one). */
export function verdictStyleKey(band: BandId | null): string {
  return band === null ? "verdict-check" : `verdict-${band}`;
}

const REDUCTION = /^giảm\s/iu;

/** Whether a name is a reduction target ("Giảm tỷ lệ hộ nghèo"), as the scoring reads it. */
export function isReductionName(name: string): boolean {
  return REDUCTION.test(name);
}

/**
 * Whether tableVerdict can give words for these figures: most rows are plainly scored (no flag,
 * a plan other than 0, a % not below 0), and large plans ask this for 10^5 cells before making facts.
 */
export function mayNeedWords(
  flags: readonly Flag[] | undefined,
  planValue: number | null,
  achievement: number | null,
): boolean {
  return (flags !== undefined && flags.length > 0) || planValue === 0 || (achievement !== null && achievement < 0);
}

export function tableVerdict(facts: VerdictFacts, lang: Language): TableVerdict | null {
  const n = (v: number) => formatNumber(v, lang);
  const { planValue: plan, actualValue: actual } = facts;
  if (actual === null) return null;
  if (facts.flags.includes("suspect-unit")) {
    return lang === "en"
      ? { text: "Figure needs checking", short: "Check", band: null }
      : { text: "Cần kiểm tra số liệu", short: "Kiểm tra", band: null };
  }
  if (facts.direction === "down" && !facts.reduction && plan === 0 && actual > 0) {
    const unit = facts.unit ? ` ${facts.unit}` : "";
    return lang === "en"
      ? { text: `${n(actual)}${unit} occurred (plan: none)`, short: `${n(actual)} occurred`, band: facts.band }
      : { text: `Xảy ra ${n(actual)}${unit} (KH: không để xảy ra)`, short: `Xảy ra ${n(actual)}`, band: facts.band };
  }
  if (facts.achievement !== null && facts.achievement < 0) {
    if (facts.reduction)
      return lang === "en"
        ? { text: `Rose by ${n(-actual)} instead of falling`, short: "Rose", band: facts.band }
        : { text: `Tăng ${n(-actual)} thay vì giảm`, short: "Tăng", band: facts.band };
    return lang === "en"
      ? { text: "Against the target", short: "Against", band: facts.band }
      : { text: "Ngược mục tiêu", short: "Ngược", band: facts.band };
  }
  return null;
}

/** Writes the dash in the % cell and the words in the band cell, both in the verdict's style. */
export function writeVerdict(
  b: SheetBuilder,
  row: number,
  pctCol: number,
  bandCol: number,
  verdict: TableVerdict,
): void {
  const style = verdictStyleKey(verdict.band);
  b.setShared(row, pctCol, NO_PERCENT, style);
  b.set(row, bandCol, verdict.text, style);
}
