/** The last line of a run: how many problems of each kind, so a clerk knows what to expect above. */
import { countByKind, needsReview, problemKindLabel } from "../core/problem-kinds";
import type { Problem } from "../core/problems";
import type { Language } from "../core/settings";

/**
 * "Vấn đề: 3 Lỗi ô, 6 Cần xem số liệu (cần xem lại); 34 Cột % của biểu tính khác, 4 Thiếu chỉ tiêu đa số
 * đơn vị có (để biết)." — the kinds to review first, then those only worth knowing; "" when none.
 */
export function problemSummaryLine(problems: readonly Problem[], lang: Language): string {
  const counts = countByKind(problems);
  if (counts.length === 0) return lang === "en" ? "No problems found." : "Không có vấn đề nào.";
  const part = (review: boolean) =>
    counts
      .filter(([kind]) => needsReview(kind) === review)
      .map(([kind, n]) => `${n} ${problemKindLabel(kind, lang)}`)
      .join(", ");
  const review = part(true);
  const info = part(false);
  const parts: string[] = [];
  if (review) parts.push(lang === "en" ? `${review} (to review)` : `${review} (cần xem lại)`);
  if (info) parts.push(lang === "en" ? `${info} (for information)` : `${info} (để biết)`);
  return `${lang === "en" ? "Problems" : "Vấn đề"}: ${parts.join("; ")}.`;
}
