/**
 * The command line's account of what it read: one line per return saying which column is plan,
 * actual, baseline and % (with the header text), printed for every return with --verbose and for a
 * return whose choice was uncertain always.
 */
import type { Analysis } from "../core/analyze";
import type { Language } from "../core/settings";

export function columnsReadLines(analysis: Analysis, verbose: boolean, lang: Language): string[] {
  const lines: string[] = [];
  for (const { ret, columnsRead } of analysis.returns) {
    if (!verbose && !columnsRead.uncertain) continue;
    const mark = columnsRead.uncertain ? "?" : "ℹ";
    const where = lang === "en" ? `File ${ret.file}, sheet “${ret.sheet}”` : `Tệp ${ret.file}, trang “${ret.sheet}”`;
    const read = lang === "en" ? "columns read" : "đã đọc các cột";
    lines.push(`${mark} ${where}: ${read}: ${columnsRead.text}`);
  }
  return lines;
}
