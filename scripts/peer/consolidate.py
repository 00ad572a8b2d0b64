#!/usr/bin/python3
"""The peer for the benchmark (issue 14): what a capable provincial clerk would write with pandas
and openpyxl (Debian's python3-pandas, python3-openpyxl) to do the command line's job on the same
inputs: read every sheet of every .xlsx return, find the indicator table (the header row naming
"Chỉ tiêu", "Kế hoạch", "Thực hiện"), parse Vietnamese numbers ("1.326", "12,5", "12/19"), score
% of plan (lower-is-better indicators inverted), band it (Đạt ≥ 100, Gần đạt ≥ 70, Trung bình ≥ 50,
Thấp), and write a workbook with one sheet per return (title, a summary line, the table with %
KH, band and note, the band coloured, the lagging indicators) plus a consolidated sheet with the
areas side by side.

    /usr/bin/python3 scripts/peer/consolidate.py <files or folders...> --out tong-hop.xlsx
"""
import argparse
import os
import re
import sys
import unicodedata

import pandas as pd
from openpyxl.styles import Font, PatternFill

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
    fills = {label: PatternFill("solid", fgColor=colour) for _, label, colour in BANDS}
    with pd.ExcelWriter(args.out, engine="openpyxl") as writer:
        for ret in returns:
            table = ret["table"]
            name = sheet_name(ret["area"], used)
            counts = table["Đánh giá"].value_counts()
            summary = ", ".join(f"{label}: {counts.get(label, 0)}" for _, label, _ in BANDS)
            table.to_excel(writer, sheet_name=name, startrow=3, index=False)
            sheet = writer.sheets[name]
            sheet["A1"] = f"TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU - {ret['area'].upper()}"
            sheet["A1"].font = Font(name="Calibri", bold=True, size=13)
            sheet["A2"] = f"{len(table)} chỉ tiêu; {summary}; chưa đánh giá: {counts.get('Chưa đánh giá', 0)}"
            for offset, band in enumerate(table["Đánh giá"].tolist()):
                if band in fills:
                    sheet.cell(row=5 + offset, column=6).fill = fills[band]
                    sheet.cell(row=5 + offset, column=7).fill = fills[band]
            lagging = table[table["Đánh giá"].isin(["Trung bình", "Thấp"])]
            start = 6 + len(table)
            sheet.cell(row=start, column=1, value="Các chỉ tiêu chậm tiến độ").font = Font(name="Calibri", bold=True)
            for k, item in enumerate(lagging.itertuples(index=False)):
                sheet.cell(row=start + 1 + k, column=2, value=item[1])
                sheet.cell(row=start + 1 + k, column=3, value=item[5])
        if len(returns) >= 2:
            wide = pd.concat(
                [r["table"].set_index("Chỉ tiêu")["% KH"].rename(r["area"]) for r in returns], axis=1
            )
            wide = wide[~wide.index.duplicated()]
            wide.to_excel(writer, sheet_name=sheet_name("Tổng hợp", used))
    for line in problems:
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
