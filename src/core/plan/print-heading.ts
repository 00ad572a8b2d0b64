/**
 * The heading of a Vietnamese administrative report (Nghị định 30/2020/NĐ-CP, Phụ lục I): the
 * issuing body on the left ("ỦY BAN NHÂN DÂN" / "XÃ TRẠM TẤU" / "Số: …/BC-UBND"), the national
 * heading on the right ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc") and
 * the place-and-date line under it. The body and the place come from the settings, else from the
 * return (its area), else dots for the person who signs to fill in.
 */
import { UNIT_KINDS } from "../narrative-figures";
import type { Language, Settings } from "../settings";
import type { SheetBuilder } from "./sheet-builder";

export interface HeadingText {
  body: string;
  unit: string;
  number: string;
  nation: string;
  motto: string;
  dateLine: string;
}

const DOTS = "……………";
const UNIT_KIND_PREFIX = new RegExp(`^(${UNIT_KINDS})\\s+`, "iu");

/** Place for the date line: the area without its unit word ("Xã Trạm Tấu" → "Trạm Tấu"). */
export function placeOf(area: string | null): string | null {
  if (!area) return null;
  return area.replace(UNIT_KIND_PREFIX, "").trim() || area;
}

/** The heading's words: `issuer` e.g. "Xã Trạm Tấu" (written in capitals), `place` e.g. "Trạm Tấu". */
export function headingText(issuer: string | null, place: string | null, lang: Language): HeadingText {
  const unit = issuer ? issuer.toLocaleUpperCase("vi") : DOTS;
  const where = place || DOTS;
  if (lang === "en")
    return {
      body: "PEOPLE'S COMMITTEE",
      unit,
      number: "No.: …/BC-UBND",
      nation: "SOCIALIST REPUBLIC OF VIET NAM",
      motto: "Independence - Freedom - Happiness",
      dateLine: `${where}, date ..... / ..... / ........`,
    };
  return {
    body: "ỦY BAN NHÂN DÂN",
    unit,
    number: "Số: …/BC-UBND",
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    dateLine: `${where}, ngày ..... tháng ..... năm ........`,
  };
}

/**
 * Writes the heading in rows `row`..`row + 2`: the body over columns 1..leftEnd, the nation over
 * rightStart..lastCol. `area` is the default issuer and place. Returns the next free row.
 */
export function writeHeading(
  b: SheetBuilder,
  row: number,
  columns: { leftEnd: number; rightStart: number; lastCol: number },
  area: string | null,
  settings: Settings,
): number {
  const issuer = settings.issuer || area;
  const place = settings.place || placeOf(settings.issuer || area);
  const t = headingText(issuer, place, settings.language);
  const { leftEnd, rightStart, lastCol } = columns;
  b.banner(row, 1, leftEnd, t.body, "headBody");
  b.banner(row, rightStart, lastCol, t.nation, "headNation");
  b.banner(row + 1, 1, leftEnd, t.unit, "headUnit");
  b.banner(row + 1, rightStart, lastCol, t.motto, "headMotto");
  b.banner(row + 2, 1, leftEnd, t.number, "headNumber");
  b.banner(row + 2, rightStart, lastCol, t.dateLine, "signDate");
  return row + 3;
}
