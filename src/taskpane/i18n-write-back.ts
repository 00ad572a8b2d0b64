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
  /** What will be written, exactly: the cells filled (empty, or the add-in's own). */
  explain: (cells: number, column: string, sheet: string) => string;
  /** Cells holding a typed value, and how many of them disagree with the computed %. */
  typed: (typed: number, disagreeing: number) => string;
  formulas: (formulas: number) => string;
  /** The offer to replace the disagreeing typed values too. */
  replaceDisagreeing: (disagreeing: number) => string;
  neverOthers: string;
  /** Stale % the add-in wrote before are emptied. */
  clearsStale: string;
  colours: string;
  confirm: (cells: number) => string;
  cancel: string;
  reading: string;
  writing: string;
  written: (written: number) => string;
  replaced: (replaced: number) => string;
  undo: string;
  restored: (restored: number) => string;
  keptEdited: (kept: number) => string;
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
    `Tỷ lệ đạt đã tính sẽ được ghi vào ${cells} ô của cột ${column} (So sánh %) trên trang “${sheet}”: ô đang trống hoặc ô do tiện ích này ghi trước đó mà chưa ai sửa.`,
  typed: (typed, disagreeing) =>
    `${typed} ô đã có số gõ tay: ${typed - disagreeing} ô khớp với số tính lại, ${disagreeing} ô khác; các ô này được giữ nguyên.`,
  formulas: (n) => `${n} ô có công thức: không bao giờ bị ghi đè.`,
  replaceDisagreeing: (n) =>
    `Thay cả ${n} ô có số gõ tay khác với số tính lại (số cũ được lưu lại; bấm “Hoàn tác” để đặt lại như cũ).`,
  neverOthers: "Không ô nào khác bị thay đổi.",
  clearsStale:
    "Ô do tiện ích này ghi trước đó mà nay chỉ tiêu không còn tính được tỷ lệ đạt (ví dụ đã xoá kế hoạch hoặc kết quả) sẽ được xoá trống, nếu chưa ai sửa.",
  colours: "Các ô được ghi sẽ được tô màu theo mức đánh giá.",
  confirm: (n) => `Ghi vào ${n} ô`,
  cancel: "Hủy",
  reading: "Đang đọc cột %…",
  writing: "Đang ghi…",
  written: (n) => `Đã ghi ${n} ô.`,
  replaced: (n) => `Trong đó ${n} ô thay số gõ tay (số cũ đã được lưu).`,
  undo: "Hoàn tác",
  restored: (n) => `Đã đặt lại ${n} ô như trước khi ghi.`,
  keptEdited: (n) => `Giữ nguyên ${n} ô vì đã được sửa sau khi ghi.`,
  cleared: (n) => `Đã xoá ${n} ô % cũ vì chỉ tiêu không còn tính được tỷ lệ đạt.`,
  skipped: (n) => `Bỏ qua ${n} ô có số gõ tay hoặc công thức.`,
  failed: "Không ghi được vào biểu.",
};

const en: WriteBackStrings = {
  button: "Write % into the sheet's % column",
  noPercentColumn: "This return has no % (so sánh) column, so nothing can be written.",
  nothingToWrite: "No indicator has an achievement to write yet.",
  dialogTitle: "Write the achievement into the return?",
  explain: (cells, column, sheet) =>
    `The computed achievement will be written into ${cells} ${cells === 1 ? "cell" : "cells"} of column ${column} (the % column) on sheet “${sheet}”: empty cells, or cells this add-in wrote before that nobody has changed since.`,
  typed: (typed, disagreeing) =>
    `${typed} ${typed === 1 ? "cell holds" : "cells hold"} a typed value: ${typed - disagreeing} agree with the recomputed figure, ${disagreeing} differ; they are kept.`,
  formulas: (n) => `${n} ${n === 1 ? "cell holds" : "cells hold"} a formula: never overwritten.`,
  replaceDisagreeing: (n) =>
    `Also replace the ${n} typed ${n === 1 ? "value" : "values"} that differ from the recomputed figure (the old values are kept; “Undo” puts them back).`,
  neverOthers: "No other cell is changed.",
  clearsStale:
    "Cells this add-in wrote before whose indicator no longer has an achievement (its plan or result was cleared, say) are emptied, if nobody has changed them.",
  colours: "The written cells are coloured by their band.",
  confirm: (n) => `Write into ${n} ${n === 1 ? "cell" : "cells"}`,
  cancel: "Cancel",
  reading: "Reading the % column…",
  writing: "Writing…",
  written: (n) => `Wrote ${n} ${n === 1 ? "cell" : "cells"}.`,
  replaced: (n) => `${n} of them replaced a typed value (the old value is kept).`,
  undo: "Undo",
  restored: (n) => `Put back ${n} ${n === 1 ? "cell" : "cells"} as before the write.`,
  keptEdited: (n) => `Kept ${n} ${n === 1 ? "cell" : "cells"} edited after the write.`,
  cleared: (n) => `Emptied ${n} old % ${n === 1 ? "cell" : "cells"} whose indicator no longer has an achievement.`,
  skipped: (n) => `Skipped ${n} ${n === 1 ? "cell" : "cells"} holding a typed value or a formula.`,
  failed: "Could not write into the return.",
};

export function writeBackStrings(language: PaneLanguage): WriteBackStrings {
  return language === "en" ? en : vi;
}
