// Words of the "write % into the sheet's % column" action (ghi % vào cột % của biểu), Vietnamese
// (default) and English; shaped like i18n.ts. Problem messages come from src/core/i18n/messages.ts.
import type { PaneLanguage } from "./i18n";

export interface WriteBackStrings {
  button: string;
  /** Why the button is disabled: the return has no % column. */
  noPercentColumn: string;
  /** Nothing to write: no indicator has an achievement. */
  nothingToWrite: string;
  dialogTitle: string;
  /** What will be written, exactly. */
  explain: (cells: number, column: string, sheet: string) => string;
  onlyEmpty: string;
  neverOthers: string;
  /** Stale % the add-in wrote before are emptied. */
  clearsStale: string;
  colours: string;
  confirm: string;
  cancel: string;
  writing: string;
  written: (written: number) => string;
  cleared: (cleared: number) => string;
  skipped: (skipped: number) => string;
  failed: string;
}

const vi: WriteBackStrings = {
  button: "Ghi % vào cột % của biểu",
  noPercentColumn: "Biểu này không có cột So sánh (%) nên không ghi được.",
  nothingToWrite: "Chưa có chỉ tiêu nào tính được tỷ lệ đạt để ghi.",
  dialogTitle: "Ghi tỷ lệ đạt vào biểu?",
  explain: (cells, column, sheet) =>
    `Tỷ lệ đạt đã tính sẽ được ghi vào tối đa ${cells} ô của cột ${column} (So sánh %) trên trang “${sheet}”.`,
  onlyEmpty: "Chỉ ghi vào ô đang trống hoặc ô do tiện ích này ghi trước đó mà chưa ai sửa.",
  neverOthers: "Không bao giờ ghi đè ô khác: số hoặc công thức người dùng đã nhập được giữ nguyên.",
  clearsStale:
    "Ô do tiện ích này ghi trước đó mà nay chỉ tiêu không còn tính được tỷ lệ đạt (ví dụ đã xoá kế hoạch hoặc kết quả) sẽ được xoá trống, nếu chưa ai sửa.",
  colours: "Các ô được ghi sẽ được tô màu theo mức đánh giá.",
  confirm: "Ghi vào biểu",
  cancel: "Hủy",
  writing: "Đang ghi…",
  written: (n) => `Đã ghi ${n} ô.`,
  cleared: (n) => `Đã xoá ${n} ô % cũ vì chỉ tiêu không còn tính được tỷ lệ đạt.`,
  skipped: (n) => `Bỏ qua ${n} ô vì người dùng đã nhập số liệu vào đó.`,
  failed: "Không ghi được vào biểu.",
};

const en: WriteBackStrings = {
  button: "Write % into the sheet's % column",
  noPercentColumn: "This return has no % (so sánh) column, so nothing can be written.",
  nothingToWrite: "No indicator has an achievement to write yet.",
  dialogTitle: "Write the achievement into the return?",
  explain: (cells, column, sheet) =>
    `The computed achievement will be written into at most ${cells} cells of column ${column} (the % column) on sheet “${sheet}”.`,
  onlyEmpty: "Only empty cells, or cells this add-in wrote before and nobody has changed since, are written.",
  neverOthers: "No other cell is ever overwritten: numbers or formulas the user typed are kept.",
  clearsStale:
    "Cells this add-in wrote before whose indicator no longer has an achievement (its plan or result was cleared, say) are emptied, if nobody has changed them.",
  colours: "The written cells are coloured by their band.",
  confirm: "Write into the return",
  cancel: "Cancel",
  writing: "Writing…",
  written: (n) => `Wrote ${n} ${n === 1 ? "cell" : "cells"}.`,
  cleared: (n) => `Emptied ${n} old % ${n === 1 ? "cell" : "cells"} whose indicator no longer has an achievement.`,
  skipped: (n) => `Skipped ${n} ${n === 1 ? "cell" : "cells"} because the user typed values there.`,
  failed: "Could not write into the return.",
};

export function writeBackStrings(language: PaneLanguage): WriteBackStrings {
  return language === "en" ? en : vi;
}
