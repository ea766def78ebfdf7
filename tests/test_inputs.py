"""What a person hands the program, answered in Chinese and never with a traceback (issue 10): exported
cells Excel would run as formulas, --limit, unknown filter values, profile files, garbage ids."""
from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from index.cli import main
from index.export import export
from index.search import SearchEngine

PROFILE = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
           "situations": ["受疫情影响经营困难", "租用国有房屋"]}
LINK = '=HYPERLINK("http://example.com/x","点此领取补贴")'
DISTRICTS = "北京市、东城区、西城区、朝阳区、丰台区、石景山区、海淀区、门头沟区、房山区、通州区、顺义区、昌平区、大兴区、怀柔区、平谷区、密云区、延庆区、北京经济技术开发区"
PROFILE_DISTRICTS = DISTRICTS.removeprefix("北京市、")


# ───────────────────────────── export: formula injection ─────────────────────────────

def _measure(**fields) -> dict:
    m = {"id": "test-2022/1", "district": "北京市", "document": {"id": "test-2022", "title": "测试文件"}, "number": 1,
         "section": None, "subsection": "-减免房租", "text": LINK, "responsible_units": ["@区财政局"],
         "industries": [], "benefit_types": ["租金减免"], "deadlines": [], "valid_until": None, "flags": []}
    return m | fields


def test_xlsx_export_writes_formula_like_text_as_text(tmp_path):
    out = tmp_path / "all.xlsx"
    export([_measure(), _measure(id="test-2022/2", text="\t+86 电话咨询")], "xlsx", out)
    sheet = load_workbook(out).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert sheet["G2"].value == LINK and sheet["G2"].data_type == "s" and sheet["G2"].quotePrefix
    assert sheet["F2"].value == "-减免房租" and sheet["H2"].value == "@区财政局"
    assert sheet["G3"].value == "\t+86 电话咨询"
    assert sheet["A2"].value == "test-2022/1" and not sheet["A2"].quotePrefix


def test_csv_export_quotes_formula_like_cells_and_jsonl_keeps_the_words(tmp_path):
    measures = [_measure(), _measure(id="test-2022/2", text="\r=1+1", subsection="小标题")]
    export(measures, "csv", tmp_path / "all.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "all.csv").read_bytes().decode("utf-8-sig"))))
    assert rows[1][:8] == ["test-2022/1", "北京市", "测试文件", "1", "", "'-减免房租", "'" + LINK, "'@区财政局"]
    assert rows[2][5:7] == ["小标题", "'\r=1+1"]
    export(measures, "jsonl", tmp_path / "all.jsonl")
    assert [json.loads(line)["text"] for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()] == [
        LINK, "\r=1+1"]
