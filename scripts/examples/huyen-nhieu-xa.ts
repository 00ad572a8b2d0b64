/**
 * huyen-nhieu-xa.xlsx: one workbook gathered at the level above, one sheet per commune in the
 * same layout, plus a "Hướng dẫn" sheet of free text that is not a return and must be skipped.
 */
import type * as ExcelJS from "exceljs";
import { indicatorsFor } from "./indicators";
import { newWorkbook, writeStandardReturn } from "./sheet-kit";

export const DISTRICT_COMMUNES = ["Làng Nhì", "Bản Mù", "Hát Lừu"];

const GUIDE = [
  "HƯỚNG DẪN TỔNG HỢP SỐ LIỆU",
  "1. Mỗi xã nhập số liệu vào một trang tính riêng, giữ nguyên mẫu biểu.",
  "2. Số liệu thực hiện là số ước đến hết ngày 15/6/2022.",
  '3. Chỉ tiêu chưa có số liệu ghi "chưa đánh giá", không để trống.',
  "4. Gửi về Phòng Tài chính - Kế hoạch trước ngày 20/6/2022.",
];

export function buildHuyenNhieuXa(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const guide = workbook.addWorksheet("Hướng dẫn");
  guide.getColumn(1).width = 90;
  GUIDE.forEach((line, i) => {
    const cell = guide.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { name: "Times New Roman", size: 12, bold: i === 0 };
  });
  for (const commune of DISTRICT_COMMUNES) {
    const name = `Xã ${commune}`;
    const sheet = workbook.addWorksheet(name);
    writeStandardReturn(sheet, {
      sheetName: name,
      communeCaps: name.toUpperCase(),
      place: commune,
      subtitle: `(Kèm theo Báo cáo của UBND xã ${commune})`,
      indicators: indicatorsFor(commune),
    });
  }
  return workbook;
}
