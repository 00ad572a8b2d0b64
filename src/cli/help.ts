/** `--help` and `--version`: the help in the chosen language (Vietnamese unless `--lang en`). */
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import type { Language } from "../core/settings";

const USAGE_VI = `Cách dùng: commune-targets summarize <tệp hoặc thư mục…> --out <tệp.xlsx> [--json <tệp|->]
       [--lang vi|en] [--bands 100,70,50] [--priority "tên;tên"] [--expected "xã;xã"]
       [--period "6 tháng đầu năm 2022"] [--quiet]
       commune-targets --help | --version

Đọc báo cáo chỉ tiêu của các xã (.xlsx), tính tỷ lệ đạt kế hoạch từng chỉ tiêu và ghi bản tổng hợp.
Tệp đầu vào chỉ được đọc, không bị sửa.

  --out       tệp .xlsx ghi bản tổng hợp (bắt buộc)
  --json      ghi báo cáo dạng JSON vào tệp, hoặc "-" để in ra màn hình
  --lang      ngôn ngữ của câu nhận xét và thông báo: vi (mặc định) hoặc en
  --bands     ngưỡng các mức đánh giá (%): đạt, khá, trung bình; mặc định 100,70,50
  --priority  chỉ tiêu ưu tiên (tên chứa các từ này), cách nhau bằng dấu ;
  --expected  các xã phải báo cáo, để đếm xã chưa gửi
  --period    kỳ báo cáo ghi trên bản tổng hợp
  --quiet     không in danh sách vấn đề

Mã thoát: 0 đã ghi bản tổng hợp, 1 không đọc được báo cáo nào, 2 sai cách dùng.`;

const USAGE_EN = `Usage: commune-targets summarize <files or folders…> --out <file.xlsx> [--json <file|->]
       [--lang vi|en] [--bands 100,70,50] [--priority "name;name"] [--expected "area;area"]
       [--period "6 tháng đầu năm 2022"] [--quiet]
       commune-targets --help | --version

Reads commune returns (.xlsx), scores every indicator against its plan and writes the summary workbook.
Input files are only read.

  --out       the summary workbook to write (required)
  --json      write the JSON report to a file, or "-" for the standard output
  --lang      language of the sentences and messages: vi (default) or en
  --bands     band thresholds (%): met, near, mid; default 100,70,50
  --priority  priority indicators (names containing these words), separated by ;
  --expected  the areas expected to report, to count who has not
  --period    the period printed on the summary
  --quiet     do not print the problem list

Exit code: 0 summary written, 1 nothing could be read, 2 usage error.`;

/** The language asked for with `--lang en` anywhere in the arguments; Vietnamese otherwise. */
export function helpLanguage(argv: readonly string[]): Language {
  const at = argv.indexOf("--lang");
  return at >= 0 && argv[at + 1] === "en" ? "en" : "vi";
}

export function usage(lang: Language): string {
  return lang === "en" ? USAGE_EN : USAGE_VI;
}

/** The version in the package.json above this file (src/cli or dist-cli/src/cli). */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "commune-targets" && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}
