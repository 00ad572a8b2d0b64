/**
 * Bands as native Excel formulas, so an edited figure recolours and renames in plain Excel:
 * judged on the displayed value (ROUND to the shown decimals), like the engine's bandOf.
 */
import { columnLetters } from "../address";
import type { CellRange } from "../grid";
import type { BandId } from "../model";
import type { Language, Settings } from "../settings";
import { bandLabel } from "../i18n/labels";
import type { PlanConditionalFormat } from "./types";

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** ROUND(ref*100, decimals): the achievement as displayed, in points. */
function shown(ref: string, decimals: number): string {
  return `ROUND(${ref}*100,${decimals})`;
}

/**
 * The band's name from a % cell holding a fraction (0.868 for 86,8 %), or "not evaluated".
 * With `labelRefs` (absolute references to the legend's cells) the names come from the legend,
 * which keeps each formula short on sheets with thousands of rows.
 */
export function bandLabelFormula(
  pctRef: string,
  settings: Settings,
  labelRefs?: Record<BandId, string>,
  lang: Language = settings.language,
): string {
  const t = settings.bands;
  const s = shown(pctRef, settings.decimals);
  const label = (b: BandId): string => (labelRefs ? labelRefs[b] : quote(bandLabel(b, lang, t)));
  return (
    `IF(ISNUMBER(${pctRef}),` +
    `IF(${s}>=${t.met},${label("met")},IF(${s}>=${t.near},${label("near")},IF(${s}>=${t.mid},${label("mid")},${label("low")}))),` +
    `${label("none")})`
  );
}

type BandRule = PlanConditionalFormat["rules"][number];

/** met, near, mid, low: the rules that paint a % cell (`ref`, relative to the range's top-left). */
function scoredRules(ref: string, settings: Settings): BandRule[] {
  const s = shown(ref, settings.decimals);
  const t = settings.bands;
  const c = settings.colours;
  return [
    { band: "met", formula: `AND(ISNUMBER(${ref}),${s}>=${t.met})`, fill: c.met },
    { band: "near", formula: `AND(ISNUMBER(${ref}),${s}>=${t.near})`, fill: c.near },
    { band: "mid", formula: `AND(ISNUMBER(${ref}),${s}>=${t.mid})`, fill: c.mid },
    { band: "low", formula: `ISNUMBER(${ref})`, fill: c.low },
  ];
}

/**
 * Colour rules for a block of rows: `pctCol` holds the % (a fraction), `labelCol` the band's name
 * (non-empty on indicator rows only, so group rows stay unpainted). `range` is what gets painted.
 */
export function bandConditionalFormat(
  range: CellRange,
  pctColLetters: string,
  labelColLetters: string,
  settings: Settings,
): PlanConditionalFormat {
  const pct = `$${pctColLetters}${range.top}`;
  const label = `$${labelColLetters}${range.top}`;
  const none: BandRule = {
    band: "none",
    formula: `AND(NOT(ISNUMBER(${pct})),LEN(${label})>0)`,
    fill: settings.colours.none,
  };
  return { range, rules: [...scoredRules(pct, settings), none] };
}

/** Colour rules for % cells alone (consolidated area columns): no label column to test. */
export function percentOnlyConditionalFormat(range: CellRange, settings: Settings): PlanConditionalFormat {
  return { range, rules: scoredRules(`${columnLetters(range.left)}${range.top}`, settings) };
}
