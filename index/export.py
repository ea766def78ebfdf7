"""`export`: every measure as JSON lines, or as a sheet a clerk can open (CSV with BOM, XLSX)."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from index.errors import PolicyDataError, storage_error

COLUMNS = (
    ("id", "编号"), ("district", "适用地区"), ("document_title", "文件"), ("number", "条目"),
    ("section", "部分"), ("subsection", "小标题"), ("text", "措施内容"), ("responsible_units", "责任单位"),
    ("industries", "行业"), ("benefit_types", "支持方式"), ("deadlines", "期限"), ("valid_until", "有效期至"),
    ("flags", "提示"),
)


# A cell starting with one of these is read as a formula by Excel and WPS ("=HYPERLINK(…)" would become a
# live link, "-2+3" a number); OWASP's CSV-injection rule. The documents' own words must stay unchanged,
# so the CSV gets a leading ' (which Excel shows as "text" and hides) and the XLSX a typed text cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def flat_row(measure: dict) -> list[str]:
    row = []
    for key, _ in COLUMNS:
        value = measure["document"]["title"] if key == "document_title" else measure.get(key)
        row.append("、".join(value) if isinstance(value, list) else ("" if value is None else str(value)))
    return row


def export(measures: list[dict], fmt: str, output: Path | None) -> None:
    if fmt == "jsonl":
        text = "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in measures)
        _write_text(text, output, encoding="utf-8")
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([label for _, label in COLUMNS])
        writer.writerows([csv_cell(v) for v in flat_row(m)] for m in measures)
        # UTF-8 with BOM: Excel on Windows opens it with Chinese intact
        _write_text(buffer.getvalue(), output, encoding="utf-8-sig")
    elif fmt == "xlsx":
        if output is None:
            raise PolicyDataError("导出 xlsx 需要用 -o 指定输出文件。")
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "措施"
        sheet.append([label for _, label in COLUMNS])
        for m in measures:
            sheet.append(flat_row(m))
            for cell in sheet[sheet.max_row]:
                if cell.data_type == "f":  # openpyxl takes any text starting with "=" for a formula
                    cell.data_type = "s"
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                    cell.quotePrefix = True  # stays text even when the clerk edits the cell
        _save(lambda: book.save(output), output)


def _write_text(text: str, output: Path | None, encoding: str) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    _save(lambda: output.write_text(text, encoding=encoding, newline=""), output)


def _save(action, output: Path) -> None:
    try:
        action()
    except OSError as exc:
        raise storage_error(exc, output, "导出") from exc
