#!/usr/bin/python3
"""The peer for the benchmark (issue 14): what a capable provincial clerk would write with pandas
and openpyxl (Debian's python3-pandas, python3-openpyxl) to do the command line's job on the same
inputs: read every sheet of every .xlsx return, find the indicator table (the header row naming
"Chỉ tiêu", "Kế hoạch", "Thực hiện"), parse Vietnamese numbers ("1.326", "12,5", "12/19"), score
% of plan (lower-is-better indicators inverted), band it (Đạt ≥ 100, Gần đạt ≥ 70, Trung bình ≥ 50,
Thấp), and write the workbook the command line writes, laid out the same way: a consolidated
sheet (the administrative heading, a sentence, the areas ranked by their band counts with a
stacked bar chart, then % of plan of every indicator in every area, coloured by band), then one
sheet per return (heading, a sentence naming the lagging indicators, the band counts with a bar
chart, the indicators needing attention linked to their rows, then the whole table with % KH,
band and note), in Times New Roman with borders, printed A4 landscape fitted to the width with the
table heading repeated and page numbers. Styles are registered once as named styles (openpyxl
hashes a Font, Fill or Border each time one is assigned to a cell).

What it still writes less of than the command line: % of plan and band as values (the command
line writes formulas with their results), band colours as fills (there: conditional formats), no
"source cell" column, no group headings (I. KINH TẾ …) in the tables, no list of low-achieving
indicators by area on the consolidated sheet (about 500 rows for 100 returns), no signature
block, and shorter sentences.

    /usr/bin/python3 scripts/peer/consolidate.py <files or folders...> --out tong-hop.xlsx
"""
import argparse
import os
import re
import sys
import unicodedata

import pandas as pd
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.marker import DataPoint
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

BANDS = [(100, "Đạt", "C6EFCE"), (70, "Gần đạt", "FFEB9C"), (50, "Trung bình", "F8CBAD"), (-1e9, "Thấp", "FFC7CE")]
LOWER_IS_BETTER = ("hộ nghèo", "tăng dân số", "tảo hôn", "suy dinh dưỡng", "tai nạn", "ô nhiễm")


def norm(text):
    return unicodedata.normalize("NFC", str(text)).strip().lower()


def number(value):
    """A figure as typed in a commune return: 1326, "1.326", "12,5", "12/19" (criteria met of 19)."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace(" ", "")
    match = re.fullmatch(r"(\d+)/(\d+)", text)
    if match:
        return float(match.group(1))
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", text):
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d+,\d+", text):
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def find_header(frame):
    for index, row in frame.iterrows():
        cells = [norm(v) for v in row.tolist() if isinstance(v, str)]
        if any("chỉ tiêu" in c for c in cells) and any("kế hoạch" in c for c in cells) and any(
            "thực hiện" in c for c in cells
        ):
            return index
    return None


def column(header, *words):
    for position, value in enumerate(header):
        if isinstance(value, str) and any(w in norm(value) for w in words):
            return position
    return None


def read_return(path, sheet, frame):
    top = find_header(frame)
    if top is None:
        return None
    header = frame.iloc[top].tolist()
    cols = {
        "stt": column(header, "stt", "tt"),
        "name": column(header, "chỉ tiêu", "nội dung"),
        "unit": column(header, "đvt", "đơn vị"),
        "plan": column(header, "kế hoạch", "kh"),
        "actual": column(header, "thực hiện", "th"),
        "note": column(header, "ghi chú"),
    }
    title = " ".join(str(v) for v in frame.iloc[:top].values.flatten() if isinstance(v, str))
    match = re.search(r"((XÃ|PHƯỜNG|THỊ TRẤN)\s+[^\-–,(]+)", title, re.IGNORECASE)
    area = match.group(1).strip().title() if match else sheet
    rows = []
    for _, row in frame.iloc[top + 1 :].iterrows():
        values = row.tolist()
        name = values[cols["name"]] if cols["name"] is not None else None
        if not isinstance(name, str) or not name.strip():
            continue
        plan = number(values[cols["plan"]]) if cols["plan"] is not None else None
        actual = number(values[cols["actual"]]) if cols["actual"] is not None else None
        if plan is None and actual is None:
            continue  # a group heading (I. KINH TẾ)
        lower = any(w in norm(name) for w in LOWER_IS_BETTER)
        percent = None
        if plan not in (None, 0) and actual is not None:
            percent = (plan / actual * 100 if actual else None) if lower else actual / plan * 100
        band = None
        if percent is not None:
            percent = round(percent, 1)
            band = next(label for limit, label, _ in BANDS if percent >= limit)
        rows.append(
            {
                "STT": values[cols["stt"]] if cols["stt"] is not None else None,
                "Chỉ tiêu": name.strip(),
                "ĐVT": values[cols["unit"]] if cols["unit"] is not None else None,
                "Kế hoạch": plan,
                "Thực hiện": actual,
                "% KH": percent,
                "Đánh giá": band or "Chưa đánh giá",
                "Ghi chú": values[cols["note"]] if cols["note"] is not None else None,
            }
        )
    return {"file": path, "sheet": sheet, "area": area, "table": pd.DataFrame(rows)}


def inputs(names):
    for name in names:
        if os.path.isdir(name):
            for entry in sorted(os.listdir(name)):
                if entry.lower().endswith(".xlsx"):
                    yield os.path.join(name, entry)
        else:
            yield name


def sheet_name(text, used):
    base = re.sub(r"[\[\]:*?/\\]", " ", text)[:31]
    name, n = base, 2
    while name in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


class Look:
    """The styles every sheet uses, registered once as named styles: openpyxl hashes a Font, Fill or
    Border each time one is assigned to a cell, while a named style is assigned by name."""

    def __init__(self, book):
        self.book = book
        thin = Side(style="thin", color="808080")
        font = Font(name="Times New Roman", size=12)
        bold = Font(name="Times New Roman", size=12, bold=True)
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        wrap = Alignment(vertical="top", wrap_text=True)
        self.add("plain", font)
        self.add("bold", bold)
        self.add("title", Font(name="Times New Roman", size=14, bold=True), alignment=center)
        self.add("plain_c", font, alignment=center)
        self.add("bold_c", bold, alignment=center)
        self.add("italic_c", Font(name="Times New Roman", size=12, italic=True), alignment=center)
        self.add("motto_c", Font(name="Times New Roman", size=12, bold=True, underline="single"), alignment=center)
        self.add("wrap", font, alignment=wrap)
        self.add("head", bold, PatternFill("solid", fgColor="DDEBF7"), border, center)
        self.add("cell", font, None, border, wrap)
        self.add("cell_c", font, None, border, center)
        self.add("num", font, None, border, wrap, "#,##0.##")
        self.add("pct", font, None, border, wrap, "0.0")
        self.add("matrix", font, None, border, center, "0.0")
        self.add("share", font, None, border, center, "0.0%")
        self.colours = {label: colour for _, label, colour in BANDS}
        self.colours["Chưa đánh giá"] = "D9D9D9"
        for label, colour in self.colours.items():
            fill = PatternFill("solid", fgColor=colour)
            self.add(f"band {label}", font, fill, border, center)
            self.add(f"pct {label}", font, fill, border, wrap, "0.0")
            self.add(f"matrix {label}", font, fill, border, center, "0.0")

    def add(self, name, font, fill=None, border=None, alignment=None, number_format="General"):
        style = NamedStyle(name=f"ct {name}", font=font, number_format=number_format)
        if fill is not None:
            style.fill = fill
        if border is not None:
            style.border = border
        if alignment is not None:
            style.alignment = alignment
        self.book.add_named_style(style)


LEGEND = ["Đạt, vượt kế hoạch", "Đạt từ 70% đến dưới 100%", "Đạt từ 50% đến dưới 70%", "Đạt dưới 50%", "Chưa đánh giá"]
LABELS = [label for _, label, _ in BANDS] + ["Chưa đánh giá"]
TABLE_COLUMNS = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá", "Ghi chú"]
WIDTHS = {"A": 6, "B": 44, "C": 10, "D": 12, "E": 12, "F": 10, "G": 26, "H": 36}


def put(sheet, row, column, value, style):
    cell = sheet.cell(row=row, column=column, value=value)
    cell.style = f"ct {style}"
    return cell


def merged(sheet, row, first, last, value, style):
    put(sheet, row, first, value, style)
    sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def header_block(sheet, area, look, wide=8):
    """The administrative heading of a Vietnamese report: issuer left, national motto right."""
    merged(sheet, 1, 1, 2, "ỦY BAN NHÂN DÂN", "plain_c")
    merged(sheet, 1, 5, wide, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bold_c")
    merged(sheet, 2, 1, 2, area.upper() if area else "……………", "bold_c")
    merged(sheet, 2, 5, wide, "Độc lập - Tự do - Hạnh phúc", "motto_c")
    merged(sheet, 3, 1, 2, "Số: …/BC-UBND", "plain_c")
    merged(sheet, 3, 5, wide, "……………, ngày ..... tháng ..... năm ........", "italic_c")


def legend(sheet, row, look):
    put(sheet, row, 1, "Chú giải:", "bold")
    for k, (text, label) in enumerate(zip(LEGEND, LABELS)):
        put(sheet, row, 3 + k, text, f"band {label}")
    sheet.row_dimensions[row].height = 33


def page(sheet, title_row, look):
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{title_row}:{title_row}"
    sheet.oddFooter.center.text = "Trang &P / &N"


def band_counts(table):
    counts = table["Đánh giá"].value_counts()
    return [int(counts.get(label, 0)) for label in LABELS]


def narrative(area, table, counts):
    lagging = table[table["Đánh giá"].isin(["Trung bình", "Thấp"])].sort_values("% KH")
    total = len(table)
    text = (
        f"{area} có {counts[0]}/{total} chỉ tiêu đạt và vượt kế hoạch, {counts[1]}/{total} chỉ tiêu đạt từ 70% "
        f"đến dưới 100%, {counts[2]}/{total} chỉ tiêu đạt từ 50% đến dưới 70%, {counts[3]}/{total} chỉ tiêu đạt "
        f"dưới 50%"
    )
    if len(lagging):
        named = "; ".join(
            f"{item['Chỉ tiêu']} (đạt {item['% KH']:.1f}% kế hoạch)".replace(f"{item['% KH']:.1f}%", f"{item['% KH']:.1f}%".replace(".", ","))
            for _, item in lagging.head(6).iterrows()
        )
        more = f"; và {len(lagging) - 6} chỉ tiêu khác" if len(lagging) > 6 else ""
        text += f"; các chỉ tiêu cần tập trung chỉ đạo: {named}{more}."
    return text


def write_table_row(sheet, row, values, look):
    band = values[6] if values[6] in look.colours else None
    for column, value in enumerate(values, start=1):
        if column == 6:
            style = f"pct {band}" if band else "pct"
        elif column == 7:
            style = f"band {band}" if band else "cell_c"
        else:
            style = "num" if column in (4, 5) else ("cell_c" if column in (1, 3) else "cell")
        put(sheet, row, column, value, style)


def write_return(writer, name, ret, look):
    """One area's sheet, laid out as the command line's: heading, sentence, band counts with their
    chart, the indicators needing attention (linked to their rows), then the whole table."""
    table = ret["table"]
    sheet = writer.book.create_sheet(name)
    writer.sheets[name] = sheet
    header_block(sheet, ret["area"], look)
    merged(sheet, 5, 1, 8, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "title")
    merged(sheet, 6, 1, 8, ret["area"], "bold_c")
    counts = band_counts(table)
    merged(sheet, 8, 1, 4, narrative(ret["area"], table, counts), "wrap")
    sheet.row_dimensions[8].height = 220
    legend(sheet, 10, look)
    put(sheet, 11, 2, ret["area"], "cell")
    for k, count in enumerate(counts):
        put(sheet, 11, 3 + k, count, "cell_c")
    chart = BarChart()
    chart.title = "Số chỉ tiêu theo mức đánh giá"
    chart.add_data(Reference(sheet, min_col=3, max_col=7, min_row=11), from_rows=True, titles_from_data=False)
    chart.set_categories(Reference(sheet, min_col=3, max_col=7, min_row=10))
    for k, label in enumerate(LABELS):
        point = DataPoint(idx=k)
        point.graphicalProperties.solidFill = look.colours[label]
        chart.series[0].dPt.append(point)
    chart.legend = None
    chart.width, chart.height = 16, 7
    sheet.add_chart(chart, "E7")

    lagging = table[table["Đánh giá"].isin(["Trung bình", "Thấp"])].sort_values("% KH")
    merged(sheet, 13, 1, 8, "CÁC CHỈ TIÊU CẦN TẬP TRUNG CHỈ ĐẠO", "bold")
    for column, text in enumerate(TABLE_COLUMNS, start=1):
        put(sheet, 14, column, text, "head")
    top = 17 + len(lagging)  # the whole table's heading row
    rows = {index: top + 1 + k for k, index in enumerate(table.index)}
    for k, (index, item) in enumerate(lagging.iterrows()):
        row = 15 + k
        target = rows[index]
        link = f'=HYPERLINK("#\'{name}\'!B{target}","{item["Chỉ tiêu"].replace(chr(34), chr(34) * 2)}")'
        values = [k + 1, link, item["ĐVT"], item["Kế hoạch"], item["Thực hiện"], f"=F{target}", f"=G{target}"]
        values.append("Đạt thấp, cần tập trung chỉ đạo")
        for column, value in enumerate(values, start=1):
            put(sheet, row, column, value, "cell")
    merged(sheet, top - 1, 1, 8, "KẾT QUẢ CÁC CHỈ TIÊU", "bold")
    for column, text in enumerate(TABLE_COLUMNS, start=1):
        put(sheet, top, column, text, "head")
    for index, item in zip(table.index, table[TABLE_COLUMNS].itertuples(index=False)):
        write_table_row(sheet, rows[index], list(item), look)
    for column, width in WIDTHS.items():
        sheet.column_dimensions[column].width = width
    page(sheet, top, look)


def write_consolidated(writer, name, returns, names, look):
    """The areas side by side: heading, sentence, the areas ranked by their band counts with a
    chart, then % of plan of every indicator in every area."""
    sheet = writer.book.create_sheet(name)
    writer.sheets[name] = sheet
    header_block(sheet, "", look)
    merged(sheet, 5, 1, 9, "TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "title")
    merged(sheet, 7, 1, 9, f"Đã nhận báo cáo: {len(returns)}", "italic_c")
    ranked = []
    for ret, area_sheet in zip(returns, names):
        counts = band_counts(ret["table"])
        rated = sum(counts[:4])
        ranked.append((counts[0] / rated if rated else 0, -counts[3], ret["area"], counts, rated, area_sheet))
    ranked.sort(key=lambda r: (-r[0], -r[1]))
    totals = [sum(r[3][k] for r in ranked) for k in range(5)]
    merged(
        sheet,
        9,
        1,
        9,
        f"Đã nhận báo cáo của {len(returns)} đơn vị: {totals[0]} lượt chỉ tiêu đạt và vượt kế hoạch, {totals[1]} "
        f"đạt từ 70% đến dưới 100%, {totals[2]} đạt từ 50% đến dưới 70%, {totals[3]} đạt dưới 50%. Các đơn vị có "
        f"nhiều chỉ tiêu đạt thấp: " + ", ".join(f"{r[2]} ({r[3][3]} chỉ tiêu)" for r in sorted(ranked, key=lambda r: -r[3][3])[:5]) + ".",
        "wrap",
    )
    sheet.row_dimensions[9].height = 120
    legend(sheet, 11, look)
    merged(sheet, 13, 1, 9, "SỐ CHỈ TIÊU THEO MỨC ĐÁNH GIÁ CỦA TỪNG ĐƠN VỊ", "bold")
    heads = ["Xếp hạng", "Đơn vị"] + LEGEND + ["Số chỉ tiêu báo cáo / đánh giá được", "Tỷ lệ đạt"]
    for column, text in enumerate(heads, start=1):
        put(sheet, 14, column, text, "head")
    for k, (share, _, area, counts, rated, area_sheet) in enumerate(ranked):
        row = 15 + k
        put(sheet, row, 1, k + 1, "cell_c")
        put(sheet, row, 2, f'=HYPERLINK("#\'{area_sheet}\'!A1","{area}")', "cell")
        for j, count in enumerate(counts):
            put(sheet, row, 3 + j, count, "cell_c")
        put(sheet, row, 8, f"{sum(counts)} / {rated}", "cell_c")
        put(sheet, row, 9, share, "share")
    last = 14 + len(ranked)
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
    chart.title = "Số chỉ tiêu theo mức đánh giá"
    chart.add_data(Reference(sheet, min_col=3, max_col=7, min_row=14, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=2, min_row=15, max_row=last))
    for series, label in zip(chart.series, LABELS):
        series.graphicalProperties.solidFill = look.colours[label]
    chart.width, chart.height = 24, max(8, 0.5 * len(ranked))
    sheet.add_chart(chart, f"A{last + 2}")
    chart_rows = int(chart.height / 0.5) + 2
    # an indicator named twice in one return (the examples have some) is taken once, its first row
    columns = [r["table"].drop_duplicates("Chỉ tiêu").set_index("Chỉ tiêu")["% KH"].rename(r["area"]) for r in returns]
    wide = pd.concat(columns, axis=1)
    start = last + 2 + chart_rows
    merged(sheet, start, 1, 9, "% KẾ HOẠCH CỦA TỪNG CHỈ TIÊU Ở TỪNG ĐƠN VỊ", "bold")
    put(sheet, start + 1, 2, "Chỉ tiêu", "head")
    for j, area in enumerate(wide.columns):
        put(sheet, start + 1, 3 + j, area, "head")
    for i, (indicator, values) in enumerate(wide.iterrows()):
        row = start + 2 + i
        put(sheet, row, 1, i + 1, "cell_c")
        put(sheet, row, 2, indicator, "cell")
        for j, value in enumerate(values.tolist()):
            value = None if pd.isna(value) else value
            band = None if value is None else next(label for limit, label, _ in BANDS if value >= limit)
            put(sheet, row, 3 + j, value, f"matrix {band}" if band else "matrix")
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 42
    sheet.freeze_panes = "C1"
    page(sheet, start + 1, look)
    sheet.print_area = f"A1:I{start + 1 + len(wide)}"  # the areas' columns stay on screen, as the command line's


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    returns, problems = [], []
    for path in inputs(args.inputs):
        try:
            sheets = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
        except Exception as error:  # one bad file never stops the others
            problems.append(f"{path}: {error}")
            continue
        for sheet, frame in sheets.items():
            found = read_return(path, sheet, frame)
            if found is not None and len(found["table"]) > 0:
                returns.append(found)
    if not returns:
        print("no return could be read", file=sys.stderr)
        return 1
    used = set()
    with pd.ExcelWriter(args.out, engine="openpyxl") as writer:
        look = Look(writer.book)
        # The consolidated sheet first, as the command line's; its name is taken before the areas'.
        consolidated = sheet_name("Tổng hợp", used) if len(returns) >= 2 else None
        names = [sheet_name(ret["area"], used) for ret in returns]
        if consolidated:
            write_consolidated(writer, consolidated, returns, names, look)
        for ret, name in zip(returns, names):
            write_return(writer, name, ret, look)
    for line in problems:
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
