/**
 * Bands as native Excel formulas, so an edited figure recolours and renames in plain Excel:
 * judged on the displayed value (ROUND to the shown decimals), like the engine's bandOf.
 */
import { columnLetters } from "../address";
import type { CellRange } from "../grid";
import type { BandId } from "../model";
import { BAND_IDS } from "../model";
import type { Language, Settings } from "../settings";
import { bandLabel } from "../i18n/labels";
import { SHARED_ROW_LIMIT, sharedA1 } from "../table/cell-refs";
import type { SheetBuilder } from "./sheet-builder";
import type { PlanConditionalFormat } from "./types";

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** ROUND(ref*100, decimals): the achievement as displayed, in points. */
function shown(ref: string, decimals: number): string {
  return `ROUND(${ref}*100,${decimals})`;
}

/**
 * The band-name cell beside a % cell: the engine's band name as the cached value, and the formula
 * that names the band from the % cell, so an edited figure renames it in plain Excel.
 */
export function setBandCell(
  b: SheetBuilder,
  row: number,
  col: number,
  pctCol: number,
  band: BandId,
  settings: Settings,
  labelRefs: Record<BandId, string>,
): void {
  const formula = bandFormulaAt(row, pctCol, settings, labelRefs);
  b.setShared(row, col, bandLabel(band, settings.language, settings.bands), "band", formula);
}

/**
 * bandLabelFormula for the % cell at (row, pctCol), looked up by position: a band cell on every
 * table row of thousands of sheets would otherwise make its reference and look the formula up by it.
 */
function bandFormulaAt(row: number, pctCol: number, settings: Settings, labelRefs: Record<BandId, string>): string {
  const cached = row >= 1 && row < SHARED_ROW_LIMIT && pctCol >= 1 && pctCol <= MAX_CACHED_COLUMN;
  if (!cached || !Number.isInteger(row + pctCol)) return bandLabelFormula(sharedA1(row, pctCol), settings, labelRefs);
  const byRow = (bandFormulaEntry(settings, labelRefs, settings.language).byPosition[pctCol] ??= []);
  return (byRow[row] ??= bandLabelFormula(sharedA1(row, pctCol), settings, labelRefs));
}
// % columns of the sheets a plan makes are among the first; rows up to SHARED_ROW_LIMIT.
const MAX_CACHED_COLUMN = 64;

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
  // Built once per (settings, legend, language) as the text around each use of the % cell, then
  // joined: one flat string per row instead of a chain of concatenations (large sheets hold 10^5).
  const entry = bandFormulaEntry(settings, labelRefs, lang);
  // The same references recur on every sheet with the same layout ("F12"): each formula is made
  // once and shared, which keeps 10^5-row plans from holding 10^5 copies of one string.
  let formula = entry.byRef.get(pctRef);
  if (formula === undefined) {
    formula = entry.parts.join(pctRef);
    if (entry.byRef.size >= FORMULA_CACHE_LIMIT) entry.byRef.clear();
    entry.byRef.set(pctRef, formula);
  }
  return formula;
}

const FORMULA_CACHE_LIMIT = 100_000;

/** The formula split where the % cell's reference goes (a character no label or number holds). */
const REF_MARK = "\u0000";

interface PartsEntry {
  parts: string[];
  lang: Language;
  met: number;
  near: number;
  mid: number;
  decimals: number;
  labels: string;
  /** The legend's references when the entry was made (a changed legend object is rebuilt). */
  refs: Record<BandId, string> | null;
  /** Formulas made with this entry, by the % cell's reference. */
  byRef: Map<string, string>;
  /** The same formulas by the % cell's column, then row (rows and columns within the caps above). */
  byPosition: string[][];
}

const partsByLegend = new WeakMap<object, PartsEntry>();
const partsBySettings = new WeakMap<object, PartsEntry[]>();
let lastLegend: Record<BandId, string> | undefined;
let lastEntry: PartsEntry | undefined;

function bandFormulaEntry(
  settings: Settings,
  labelRefs: Record<BandId, string> | undefined,
  lang: Language,
): PartsEntry {
  const t = settings.bands;
  // Every band cell of a sheet asks with the same legend: the entry it got last is checked first,
  // saving the WeakMap look-up on 10^5 rows (entryFits still guards against changed settings).
  if (labelRefs && labelRefs === lastLegend && entryFits(lastEntry, settings, labelRefs, lang, "")) return lastEntry;
  const labels = labelRefs ? "" : BAND_IDS_FOR_LABELS.map((b) => bandLabel(b, lang, t)).join(REF_MARK);
  if (labelRefs) {
    const cached = partsByLegend.get(labelRefs);
    if (entryFits(cached, settings, labelRefs, lang, labels)) {
      lastLegend = labelRefs;
      lastEntry = cached;
      return cached;
    }
  } else {
    const found = partsBySettings.get(settings)?.find((e) => entryFits(e, settings, labelRefs, lang, labels));
    if (found) return found;
  }
  const entry: PartsEntry = {
    parts: composeBandLabelFormula(REF_MARK, settings, labelRefs, lang).split(REF_MARK),
    lang,
    met: t.met,
    near: t.near,
    mid: t.mid,
    decimals: settings.decimals,
    labels,
    refs: labelRefs ? { ...labelRefs } : null,
    byRef: new Map(),
    byPosition: [],
  };
  if (labelRefs) {
    partsByLegend.set(labelRefs, entry);
    lastLegend = labelRefs;
    lastEntry = entry;
  } else {
    const list = partsBySettings.get(settings) ?? [];
    list.push(entry);
    partsBySettings.set(settings, list);
  }
  return entry;
}

/** Whether a cached entry was made for these settings, legend and language. */
function entryFits(
  e: PartsEntry | undefined,
  settings: Settings,
  labelRefs: Record<BandId, string> | undefined,
  lang: Language,
  labels: string,
): e is PartsEntry {
  const t = settings.bands;
  return (
    e !== undefined &&
    e.lang === lang &&
    e.met === t.met &&
    e.near === t.near &&
    e.mid === t.mid &&
    e.decimals === settings.decimals &&
    e.labels === labels &&
    sameRefs(e.refs, labelRefs)
  );
}

function sameRefs(a: Record<BandId, string> | null, b: Record<BandId, string> | undefined): boolean {
  if (a === null || b === undefined) return a === null && b === undefined;
  return a.met === b.met && a.near === b.near && a.mid === b.mid && a.low === b.low && a.none === b.none;
}

const BAND_IDS_FOR_LABELS = BAND_IDS;

function composeBandLabelFormula(
  pctRef: string,
  settings: Settings,
  labelRefs: Record<BandId, string> | undefined,
  lang: Language,
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
  // Every return sheet of one layout paints the same ranges with the same rules: one frozen format
  // (range, rules, formulas) serves them all instead of a dozen objects and strings per sheet.
  // Writers copy what they read from it. The key holds everything the format is made from.
  const c = settings.colours;
  const t = settings.bands;
  const key = [
    range.top,
    range.left,
    range.bottom,
    range.right,
    pctColLetters,
    labelColLetters,
    settings.decimals,
    t.met,
    t.near,
    t.mid,
    c.met,
    c.near,
    c.mid,
    c.low,
    c.none,
  ].join("\u0000");
  let format = sharedFormats.get(key);
  if (format === undefined) {
    format = deepFreeze(makeBandConditionalFormat({ ...range }, pctColLetters, labelColLetters, settings));
    if (sharedFormats.size >= 1000) sharedFormats.clear();
    sharedFormats.set(key, format);
  }
  return format;
}
const sharedFormats = new Map<string, PlanConditionalFormat>();

function deepFreeze(format: PlanConditionalFormat): PlanConditionalFormat {
  Object.freeze(format.range);
  format.rules.forEach((rule) => Object.freeze(rule));
  Object.freeze(format.rules);
  return Object.freeze(format);
}

function makeBandConditionalFormat(
  range: CellRange,
  pctColLetters: string,
  labelColLetters: string,
  settings: Settings,
): PlanConditionalFormat {
  const pct = `$${pctColLetters}${range.top}`;
  const label = `$${labelColLetters}${range.top}`;
  // An empty % with a band name: not evaluated. A % cell holding words (table-verdict.ts: "—") keeps
  // the verdict's own fill, so this rule leaves it alone.
  const none: BandRule = {
    band: "none",
    formula: `AND(LEN(${pct})=0,LEN(${label})>0)`,
    fill: settings.colours.none,
  };
  return { range, rules: [...scoredRules(pct, settings), none] };
}

/** Colour rules for % cells alone (consolidated area columns): no label column to test. */
export function percentOnlyConditionalFormat(range: CellRange, settings: Settings): PlanConditionalFormat {
  return { range, rules: scoredRules(`${columnLetters(range.left)}${range.top}`, settings) };
}
