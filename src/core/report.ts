/** The JSON report (`--json`): names are a contract other tools consume; keep them. */
import type { Analysis } from "./analyze";
import type { ColumnsRead } from "./columns-read";
import type { AreaFigureView, AreaFigures, BandCounts, Flag } from "./model";
import type { Severity } from "./problems";

export interface JsonIndicator {
  cell: string;
  row: number;
  code: string | null;
  group: string | null;
  name: string;
  unit: string | null;
  direction: "up" | "down";
  kind: string;
  plan: number | null;
  actual: number | null;
  baseline: number | null;
  /** Percent of plan, unrounded, or null. */
  achievement: number | null;
  band: "met" | "near" | "mid" | "low" | "none";
  flags: Flag[];
}

export interface JsonReport {
  returns: Array<{
    file: string;
    sheet: string;
    area: string | null;
    period: string | null;
    indicators: JsonIndicator[];
    counts: BandCounts;
    narrative: string;
    /** How the columns were chosen (added for issue 13): per table, which column is plan/actual/baseline/% with its header text. */
    columnsRead: ColumnsRead;
  }>;
  consolidated: null | {
    areas: string[];
    expected: string[];
    indicators: Array<{
      name: string;
      unit: string | null;
      aggregation: string;
      /** For aggregation "criteria": units reporting a count (not an average of criteria). */
      plan: number | null;
      /** For aggregation "criteria": units meeting their full standard (19/19). */
      actual: number | null;
      achievement: number | null;
      band: string;
      reported: number;
      missing: string[];
      byArea: Record<string, AreaFigures>;
      /** Criteria indicators: units meeting the full standard, units reporting, counts met → units. */
      standard?: { meeting: number; total: number; distribution: Record<string, number> };
    }>;
  };
  problems: Array<{ file: string; sheet: string; cell: string; severity: Severity; code: string; message: string }>;
}

/** An indicator's figures by area name (the names are unique: uniqueAreaNames), in area order. */
export function byAreaRecord(
  areas: readonly string[],
  figures: ReadonlyArray<AreaFigureView | undefined>,
): Record<string, AreaFigures> {
  const byArea: Record<string, AreaFigures> = {};
  for (let area = 0; area < figures.length; area++) {
    const fig = figures[area];
    if (fig === undefined) continue;
    byArea[areas[area]] = {
      plan: fig.planValue,
      actual: fig.actualValue,
      achievement: fig.achievement,
      band: fig.band,
    };
  }
  return byArea;
}

export function toJsonReport(analysis: Analysis): JsonReport {
  const cons = analysis.consolidation?.consolidation ?? null;
  return {
    returns: analysis.returns.map(({ ret, narrative, columnsRead }) => ({
      file: ret.file,
      sheet: ret.sheet,
      area: ret.area,
      period: ret.period,
      indicators: ret.indicators.map((i) => ({
        cell: i.cell,
        row: i.row,
        code: i.code,
        group: i.group,
        name: i.name,
        unit: i.unit,
        direction: i.direction,
        kind: i.kind,
        plan: i.planValue,
        actual: i.actualValue,
        baseline: i.baselineValue,
        achievement: i.achievement,
        band: i.band,
        flags: i.flags,
      })),
      counts: ret.counts,
      narrative,
      columnsRead,
    })),
    consolidated: cons
      ? {
          areas: cons.areas,
          expected: cons.expected,
          indicators: cons.indicators.map((i) => ({
            name: i.name,
            unit: i.unit,
            aggregation: i.aggregation,
            plan: i.plan,
            actual: i.actual,
            achievement: i.achievement,
            band: i.band,
            reported: i.reported,
            missing: i.missing,
            byArea: byAreaRecord(cons.areas, i.figures),
            ...(i.standard ? { standard: i.standard } : {}),
          })),
        }
      : null,
    problems: analysis.problems.map((p) => ({
      file: p.file,
      sheet: p.sheet,
      cell: p.cell,
      severity: p.severity,
      code: p.code,
      message: p.message,
    })),
  };
}
