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


# ───────────────────────────── search --limit and filters ─────────────────────────────

@pytest.mark.parametrize("limit, said", [("-1", "-1 太小"), ("0", "0 太小"), ("二十", "“二十”不是整数")])
def test_search_limit_must_be_at_least_one(data_dir, capsys, limit, said):
    with pytest.raises(SystemExit) as exit_:
        main(["search", "租金", "--limit", limit, "--data", str(data_dir)])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"python -m index search: error: argument --limit: {said}；请写一个不小于1的整数，例如 --limit 20。")


def test_the_engine_refuses_a_negative_limit_instead_of_dropping_the_last_hit(data_dir):
    engine = SearchEngine(data_dir)
    assert engine.search("租金")["total"] == 11
    with pytest.raises(ValueError):
        engine.search("租金", limit=-1)


@pytest.mark.parametrize("option, value, message", [
    ("--district", "火星区", f"不认识的地区“火星区”。可选：{DISTRICTS}。"),
    ("--district", "朝阳", f"不认识的地区“朝阳”。您要找的可能是：朝阳区。可选：{DISTRICTS}。"),
    ("--industry", "餐饮", "不认识的行业“餐饮”。您要找的可能是：住宿餐饮。可选：制造业、信息技术、科技服务、批发零售、住宿餐饮、"
                         "文化旅游体育、交通运输物流、建筑业、房地产、金融、农业、医药健康、商务服务、教育培训。"),
    ("--benefit", "房租减免", "不认识的支持方式“房租减免”。可选：税费减免、社保缓缴、公积金缓缴、租金减免、资金补贴奖励、贷款贴息、"
                          "融资担保、信贷支持、保险、审批便利、证照延期、政府采购、就业支持、消费支持、用地用能、人才保障、上市支持、"
                          "要素保障、企业服务、政府工作。"),
    ("--document", "chaoyang", "不认识的文件编号“chaoyang”。您要找的可能是：chaoyang-2022。可选：beijing-2022-high-end、"
                               "beijing-2022-manufacturing、changping-2022、chaoyang-2022、pinggu-2022。"),
])
def test_an_unknown_filter_value_is_named_with_the_valid_ones(data_dir, capsys, option, value, message):
    assert main(["search", "租金", option, value, "--data", str(data_dir)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"错误：{message}\n没有措施能有这样的值，请照上面的可选值改正后再查。\n"


def test_known_filter_values_still_filter(data_dir, capsys):
    assert main(["search", "租金", "--district", "朝阳区", "--benefit", "租金减免", "--json", "--data", str(data_dir)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {h["district"] for h in result["hits"]} <= {"朝阳区", "北京市"} and result["total"] > 0


# ───────────────────────────── the profile file (CLI) ─────────────────────────────

def _eligible(data_dir, path, capsys) -> tuple[int, str]:
    code = main(["eligible", "--profile", str(path), "--json", "--today", "2022-07-01", "--data", str(data_dir)])
    captured = capsys.readouterr()
    return code, captured.err if code else captured.out


@pytest.mark.parametrize("content, problem", [
    ("[" * 100_000 + "]" * 100_000, "嵌套层数过多，不是企业资料文件。请选择用“保存资料…”保存的 .json 文件。"),
    ('{"district": ' + "[" * 100_000 + "]" * 100_000 + "}",
     "嵌套层数过多，不是企业资料文件。请选择用“保存资料…”保存的 .json 文件。"),
    ('{"traits": [[[[[[[[[[]]]]]]]]]]}', "企业资料有误：\n企业资料的嵌套超过8层，不是本程序保存的企业资料文件。"),
    ('{"district": "朝阳区"}' + " " * 1_000_000,
     "文件超过 1 MB，而企业资料文件只有几百字节，这不是企业资料文件。请选择用“保存资料…”保存的 .json 文件。"),
    ("", "文件是空的。请选择用“保存资料…”保存的 .json 文件。"),
    ('{"size": ' + "9" * 5000 + "}", "含有位数过多的数字，不是企业资料文件。请选择用“保存资料…”保存的 .json 文件。"),
    ("{“district”: “朝阳区”}",
     "第1行第2列不是正确的 JSON（字段名要用英文双引号 \" 括起来，最后一项后面不要加逗号）。请改正，或用“保存资料…”重新保存。"),
    ('{"district": "朝阳区\\u0000"}',
     "企业资料有误：\n字段“district”的值含有不可见字符（NUL），请删去这个字符（可在记事本中重新输入这个值）后再试。"),
    ('{"entity_type": "企业\x00"}',
     "企业资料有误：\n字段“entity_type”的值含有不可见字符（NUL），请删去这个字符（可在记事本中重新输入这个值）后再试。"),
    ('{"industries": ["住宿\\u200b餐饮"]}',
     "企业资料有误：\n字段“industries”的值含有不可见字符（U+200B 零宽空格），请删去这个字符（可在记事本中重新输入这个值）后再试。"),
    ('{"district": 5, "industries": "农业", "traits": [1], "size": ["小型"], "confirmed": {"是否？": "是"}}',
     "企业资料有误：\n字段“district”（所在区）应是文字，例如 \"东城区\"，不知道时写 null；现在是数字。\n"
     "字段“industries”（行业）应是列表，例如 [\"制造业\"]，不知道时写 null；现在是文字。\n"
     "字段“traits”（企业类型）的第1项应是文字，例如 \"专精特新\"；现在是数字。\n"
     "字段“size”（企业规模）应是文字，例如 \"大型\"，不知道时写 null；现在是列表。\n"
     "字段“confirmed”（当面确认的条件）应是 {\"问题\": true 或 false} 的形式（当面确认过的条件）。"),
    ('{"district": "火星区", "situations": ["x0", "x1", "x2", "x3", "x4", "x5", "x6"]}',
     f"企业资料有误：\n字段“district”（所在区）的值“火星区”不认识。可选：{PROFILE_DISTRICTS}。\n"
     "字段“situations”（目前情况）中的“x0”、“x1”、“x2”、“x3”、“x4”等7项不认识。可选：受疫情影响经营困难、租用国有房屋、"
     "租用非国有房屋、减免了租户房租、位于疫情中高风险地区、有融资需求、欠缴水电气费、计划上市挂牌、招用应届高校毕业生、购置设备、"
     "有研发投入、有固定资产投资项目、购买乘用车、报废旧车换购新能源车、进口货物、首次创业。"),
])
def test_a_bad_profile_file_is_explained(data_dir, tmp_path, capsys, content, problem):
    path = tmp_path / "p.json"
    path.write_text(content, encoding="utf-8")
    assert _eligible(data_dir, path, capsys) == (1, f"错误：{path}：{problem}\n")


def test_an_unreadable_encoding_is_named(data_dir, tmp_path, capsys):
    path = tmp_path / "p.json"
    path.write_bytes(b'{"district": "\x80\xff"}')
    assert _eligible(data_dir, path, capsys) == (
        1, f"错误：{path}：不是能识别的文本（既不是 UTF-8 也不是 GBK），可能不是企业资料文件。"
           "请在记事本中打开并“另存为”UTF-8 编码后再读取。\n")


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-16"])
def test_gbk_bom_and_utf16_profiles_are_read(data_dir, tmp_path, capsys, encoding):
    path = tmp_path / "p.json"
    path.write_bytes(json.dumps(PROFILE, ensure_ascii=False).encode(encoding))
    code, out = _eligible(data_dir, path, capsys)
    assert code == 0
    assert json.loads(out)["profile"] == PROFILE


# ───────────────────────────── the profile file (wizard) ─────────────────────────────

@pytest.fixture
def wizard(qtbot, data_dir):
    from datetime import date

    from desktop.dialogs import RecordingPrompter
    from desktop.wizard import EligibilityWizard

    w = EligibilityWizard(SearchEngine(data_dir).measures, None, date(2022, 7, 1), prompter=RecordingPrompter())
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_wizard_says_why_a_deeply_nested_file_is_not_read(wizard, tmp_path):
    path = tmp_path / "p.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    wizard.prompter.choose = path
    assert wizard.load_profile() is None
    assert [m for m in wizard.prompter.messages if m[0] != "open"] == [
        ("warn", "没有读取", f"{path}：嵌套层数过多，不是企业资料文件。请选择用“保存资料…”保存的 .json 文件。")]


def test_the_wizard_names_the_field_with_an_invisible_character(wizard, tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"district": "朝阳区\\u0000", "entity_type": "企业"}', encoding="utf-8")
    wizard.prompter.choose = path
    assert wizard.load_profile() is None
    assert [m for m in wizard.prompter.messages if m[0] != "open"] == [
        ("warn", "没有读取", f"{path}：企业资料有误：\n字段“district”的值含有不可见字符（NUL），"
                            "请删去这个字符（可在记事本中重新输入这个值）后再试。")]
    assert wizard.profile()["district"] is None


def test_the_wizard_reads_a_gbk_profile(wizard, tmp_path):
    from desktop.wizard import PageId

    path = tmp_path / "p.json"
    path.write_bytes(json.dumps(PROFILE, ensure_ascii=False).encode("gbk"))
    wizard.prompter.choose = path
    assert wizard.load_profile() == path
    assert [m for m in wizard.prompter.messages if m[0] != "open"] == []
    assert wizard.currentId() == PageId.RESULTS and wizard.profile() == PROFILE


# ───────────────────────────── show and search with garbage ─────────────────────────────

@pytest.mark.parametrize("measure_id, echoed", [
    ("\udcff", "\\udcff"),  # an argument the shell passed in an encoding that is not UTF-8
    ("x" * 5000, "x" * 40 + "…（共5000字）"),
    ("\x1b[31mchaoyang-2022/4", "\\x1b[31mchaoyang-2022/4"),
    ("chaoyang-2022/999999999999999999999", "chaoyang-2022/999999999999999999999"),
])
def test_show_with_a_garbage_id_says_what_an_id_looks_like(data_dir, capsys, measure_id, echoed):
    assert main(["show", measure_id, "--data", str(data_dir)]) == 1
    assert capsys.readouterr().err == f"错误：没有编号为“{echoed}”的措施。编号形如 chaoyang-2022/4，可用 export 列出全部。\n"


@pytest.mark.parametrize("query, total", [("", 189), ("   ", 189), ("\udcff", 189), ("\udcff租金", 11), ("租金" * 2500, 11), ("租\x01金", 11)])
def test_search_with_odd_text_answers_with_results_not_a_traceback(data_dir, capsys, query, total):
    assert main(["search", query, "--json", "--data", str(data_dir)]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == total
