/** The command line's own lines (not problems about a return), in Vietnamese and English. */
import type { Language } from "../core/settings";

type Lines = {
  outputIsInput: (option: string, file: string) => string;
  sameOutputs: (file: string) => string;
  outputNotRegular: (file: string) => string;
  ownSummary: (file: string) => string;
  ownSheets: (file: string, sheets: string[]) => string;
};

const LINES: Record<Language, Lines> = {
  vi: {
    outputIsInput: (option, file) =>
      `${option} chỉ tới tệp đầu vào ${file}; tệp đó sẽ bị ghi đè nên chưa chạy. Hãy chọn tên tệp khác.`,
    sameOutputs: (file) => `--out và --json cùng chỉ tới ${file}; hãy chọn hai tệp khác nhau.`,
    outputNotRegular: (file) =>
      `--out chỉ tới ${file}, không phải tệp thông thường (thư mục, ống dẫn, thiết bị); hãy chọn tên tệp .xlsx.`,
    ownSummary: (file) => `Bỏ qua ${file}: đây là báo cáo tổng hợp do commune-targets tạo, không phải báo cáo của xã.`,
    ownSheets: (file, sheets) =>
      `Bỏ qua trong ${file} ${sheets.length} trang tính tổng hợp do phần bổ trợ tạo: ${sheets.join(", ")}.`,
  },
  en: {
    outputIsInput: (option, file) =>
      `${option} names the input file ${file}, which would be overwritten; nothing was run. Choose another file name.`,
    sameOutputs: (file) => `--out and --json both name ${file}; choose two different files.`,
    outputNotRegular: (file) =>
      `--out names ${file}, which is not a regular file (a folder, pipe or device); choose an .xlsx file name.`,
    ownSummary: (file) => `Skipped ${file}: it is a summary written by commune-targets, not a commune's return.`,
    ownSheets: (file, sheets) =>
      `Skipped in ${file} ${sheets.length} summary sheet(s) written by the add-in: ${sheets.join(", ")}.`,
  },
};

export const cliLines = (lang: Language): Lines => LINES[lang];
