/**
 * The ranking of units ("Xếp hạng") on the consolidated sheet, fair or not at all (issue 15):
 * - ranked by the share of scored indicators met (met / (met + near + mid + low)), then fewer low,
 *   then name; indicators not yet evaluated do not count for or against;
 * - each unit shows how many indicators it reported and how many were scored;
 * - a unit with unreadable cells, or with far fewer indicators than the others (under
 *   FEW_INDICATORS of the median), is put apart, unranked, with the reason: its share says little.
 */
import type { BandCounts } from "../model";
import type { Language } from "../settings";

/** A unit reporting fewer than this share of the median number of indicators is put apart. */
export const FEW_INDICATORS = 0.7;

export interface RankedUnit {
  area: string;
  counts: BandCounts;
  reported: number;
  scored: number;
  /** met / scored, 0..1, or null when nothing was scored. */
  share: number | null;
  /** 1-based rank, or null when put apart. */
  rank: number | null;
  /** Why the unit is put apart (localised), or null. */
  apart: string | null;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `unreadable[i]`: cells of area i that could not be read (invalid figures). Ranked first, then apart. */
export function rankUnits(
  areas: readonly string[],
  bandCounts: Record<string, BandCounts>,
  unreadable: readonly number[],
  lang: Language,
): RankedUnit[] {
  const units = areas.map((area): RankedUnit => {
    const c = bandCounts[area];
    const scored = c.met + c.near + c.mid + c.low;
    return {
      area,
      counts: c,
      reported: scored + c.none,
      scored,
      share: scored === 0 ? null : c.met / scored,
      rank: null,
      apart: null,
    };
  });
  const typical = median(units.map((u) => u.reported));
  units.forEach((u, i) => {
    const bad = unreadable[i] ?? 0;
    if (bad > 0)
      u.apart =
        lang === "en" ? `${bad} unreadable cell(s): check the return` : `${bad} ô không đọc được: cần kiểm tra biểu`;
    else if (u.scored === 0) u.apart = lang === "en" ? "no indicator scored" : "không có chỉ tiêu đánh giá được";
    else if (u.reported < typical * FEW_INDICATORS)
      u.apart =
        lang === "en"
          ? `only ${u.reported} indicators reported (typically ${typical})`
          : `chỉ báo cáo ${u.reported} chỉ tiêu (thường là ${typical})`;
  });
  const ranked = units
    .filter((u) => u.apart === null)
    .sort(
      (a, b) =>
        b.share! - a.share! || a.counts.low / a.scored - b.counts.low / b.scored || a.area.localeCompare(b.area, "vi"),
    );
  ranked.forEach((u, i) => {
    u.rank = i + 1;
  });
  return [...ranked, ...units.filter((u) => u.apart !== null)];
}

/** The rule, said under the table. */
export function rankingRule(lang: Language): string {
  const pct = Math.round(FEW_INDICATORS * 100);
  return lang === "en"
    ? `Ranking: by the share of scored indicators met or exceeded (indicators not yet evaluated do not count), then fewer under the lowest band. Units with unreadable cells, or reporting under ${pct}% of the usual number of indicators, are listed apart without a rank.`
    : `Cách xếp hạng: theo tỷ lệ chỉ tiêu đạt và vượt kế hoạch trên số chỉ tiêu đánh giá được (chỉ tiêu chưa đánh giá không tính), sau đó ít chỉ tiêu đạt thấp hơn xếp trên. Đơn vị có ô không đọc được, hoặc báo cáo dưới ${pct}% số chỉ tiêu thông thường, được để riêng, không xếp hạng.`;
}
