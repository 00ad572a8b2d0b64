/**
 * Settings the user controls; stored with the workbook by the add-in, passed as flags by the CLI.
 * A zod schema with defaults: `parseSettings({})` gives the defaults from domain.md.
 */
import { z } from "zod";

const colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/);

export const settingsSchema = z.object({
  language: z.enum(["vi", "en"]).default("vi"),
  /** Band thresholds in percent of plan, judged on the displayed (rounded) value. */
  bands: z
    .object({
      met: z.number().default(100), // Đạt, vượt kế hoạch
      near: z.number().default(70), // Đạt từ 70% đến dưới 100%
      mid: z.number().default(50), // Đạt từ 50% đến dưới 70%
    })
    .prefault({})
    .refine((b) => b.met > b.near && b.near > b.mid && b.mid >= 0, {
      message: "band thresholds must decrease: met > near > mid >= 0",
    }),
  /**
   * Band fills. Defaults: green / yellow / orange / vermilion / grey (colour-blind readers have the
   * band's name beside every colour), chosen so their greys stay apart in black-and-white print and
   * light enough for black text.
   */
  colours: z
    .object({
      // Greys (luma) kept apart for black-and-white printing: near 239, none 214, met 183, mid 160, low 123.
      met: colour.default("#8FD0A0"),
      near: colour.default("#FFEFA0"),
      mid: colour.default("#F08A3C"),
      low: colour.default("#D9534F"),
      none: colour.default("#D6D6D6"),
    })
    .prefault({}),
  /** Shown decimals of achievement ("86,8%"): the band is judged on the value rounded to this. */
  decimals: z.number().int().min(0).max(3).default(1),
  /** Cue words (matched without case or diacritics) naming the indicators leadership watches. */
  priority: z
    .array(z.string().min(1))
    .default(["hộ nghèo", "tỷ lệ nghèo", "nghèo đa chiều", "nông thôn mới", "tiêu chí", "thu ngân sách"]),
  /** Direction per indicator, keyed by normalised name (matchKey in text/normalize.ts). Wins over everything. */
  directions: z.record(z.string(), z.enum(["up", "down"])).prefault({}),
  /** Areas (communes) expected to report, for completeness. Empty: whoever reported. */
  expectedAreas: z.array(z.string()).default([]),
  /** Pace flag for flow indicators part-way through the year. */
  pace: z
    .object({
      enabled: z.boolean().default(false),
      /** Share of the year elapsed, 0..1 (6 months → 0.5). */
      elapsed: z.number().min(0).max(1).default(0.5),
    })
    .prefault({}),
  /** Plan and actual differing by this factor or more is flagged "suspect-unit". */
  suspectRatio: z.number().min(2).default(10),
  /** Points by which the sheet's own % may differ from ours before a warning. */
  sheetPercentTolerance: z.number().min(0).default(0.5),
  /** Period label override ("6 tháng đầu năm 2022"); empty: as detected. */
  period: z.string().default(""),
  /** The issuing body of the printed report ("Xã Trạm Tấu"); empty: the return's area. */
  issuer: z.string().default(""),
  /** The place of the date line ("Trạm Tấu"); empty: the issuer without its unit word. */
  place: z.string().default(""),
  /** Column overrides per sheet: sheet name → role → absolute column number. */
  columns: z.record(z.string(), z.record(z.string(), z.number().int().positive())).prefault({}),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Language = Settings["language"];

export function parseSettings(input: unknown = {}): Settings {
  return settingsSchema.parse(input ?? {});
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});
