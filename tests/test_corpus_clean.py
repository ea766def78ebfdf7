"""The three documents whose text stands in reading order: counts, metadata and each defect pinned."""
from __future__ import annotations

import re

import pytest

from index.check import RESIDUE_PATTERNS, check_entry
from tests.kit import measure

EXPECTED_COUNTS = {
    "beijing-2022-manufacturing": 15,
    "beijing-2022-high-end": 16,
    "chaoyang-2022": 45,
    "pinggu-2022": 55,
    "changping-2022": 58,
}


@pytest.mark.parametrize("doc_id", EXPECTED_COUNTS)
def test_every_document_has_all_its_measures_numbered_in_order(parsed, doc_id):
    numbers = [m.number for m in parsed[doc_id].measures]
    assert numbers == list(range(1, EXPECTED_COUNTS[doc_id] + 1))


@pytest.mark.parametrize("doc_id", EXPECTED_COUNTS)
def test_check_passes_coverage_and_residue_invariants(catalog, doc_id):
    report = check_entry(catalog[doc_id])
    assert report.problems == []
    assert report.lost == [] and report.doubled == []


@pytest.mark.parametrize("doc_id", EXPECTED_COUNTS)
def test_no_measure_text_carries_prefix_tail_notice_or_residue(parsed, doc_id):
    for m in parsed[doc_id].measures:
        for label, pattern in RESIDUE_PATTERNS.items():
            assert not pattern.search(m.text), f"{doc_id}/{m.number} {label}: {m.text[:60]}"
        assert not re.search(r"[\u4e00-\u9fff] +[\u4e00-\u9fff0-9]", m.text)
        assert "\n" not in m.text


# --- 000: one line, a press note before the title, a byline at the end -------------------------

def test_manufacturing_press_note_is_kept_apart_from_the_measures(parsed):
    doc = parsed["beijing-2022-manufacturing"]
    assert doc.press_note[0].startswith("6月2日，北京市人民政府办公厅印发《关于应对新冠肺炎疫情影响")
    assert len(doc.press_note) == 8
    assert doc.title == "关于应对新冠肺炎疫情影响促进本市先进制造业平稳运行的若干措施"
    assert doc.preamble == [
        "为落实国家发展改革委等部门《关于印发促进工业经济平稳增长的若干政策的通知》（发改产业〔2022〕273号），"
        "坚持稳字当头、稳中求进，促进制造业高端智能绿色发展，确保本市经济运行在合理区间，特制定以下措施。"
    ]


def test_manufacturing_metadata_does_not_take_a_cited_number_for_its_own(parsed):
    doc = parsed["beijing-2022-manufacturing"]
    assert doc.issuer == "北京市人民政府办公厅"
    assert doc.doc_number is None  # 发改产业〔2022〕273号 is a document it cites
    assert doc.district == "北京市"


def test_manufacturing_measures_keep_their_heading_sentence_and_part(parsed):
    m2 = measure(parsed, "beijing-2022-manufacturing", 2)
    assert m2.title == "稳定企业产业链供应链"
    assert m2.section == "一、保持重点产业链供应链顺畅"
    assert m2.text.startswith("稳定企业产业链供应链。建立稳定产业链供应链协调机制，积极对接国家有关部委协调平台")
    assert m2.units_text.startswith("市经济和信息化局、市发展改革委、复工复产防控组")


def test_manufacturing_byline_is_not_part_of_the_last_measure(parsed):
    m15 = measure(parsed, "beijing-2022-manufacturing", 15)
    assert m15.text.endswith("报送市经济和信息化局、市发展改革委并抄送市政府办公厅。")
    assert m15.units_text is None
    assert parsed["beijing-2022-manufacturing"].removed == ["责任编辑：李墨轩"]


# --- 001: heading lines as measures, page breaks, half-width punctuation, spaced numbers --------

def test_high_end_part_headings_are_the_measures(parsed):
    m1 = measure(parsed, "beijing-2022-high-end", 1)
    assert m1.title == "鼓励投资高精尖产业"
    assert m1.section is None
    assert m1.text.startswith("营造良好营商环境，鼓励民营、外资企业及国有企业等主体积极投资")


def test_high_end_page_break_inside_a_sentence_is_mended(parsed):
    assert "为日常跟踪调度和服务提供支撑。" in measure(parsed, "beijing-2022-high-end", 2).text


def test_high_end_spaced_numbers_are_closed_up(parsed):
    text = measure(parsed, "beijing-2022-high-end", 15).text
    assert "实缴资本不低于50亿元或实际利用外资达到5亿美元的" in text
    assert "不低于1000万元的奖励" in text


def test_high_end_half_width_units_are_read(parsed):
    m5 = measure(parsed, "beijing-2022-high-end", 5)
    assert m5.text.startswith("对总投资1亿元以上（含）或具有全局性、战略性的项目，探索实施“首谈制”。")
    assert m5.responsible_units == ["市经济和信息化局", "市投资促进中心", "北京经济技术开发区管委会", "各区政府"]


def test_high_end_metadata(parsed):
    doc = parsed["beijing-2022-high-end"]
    assert doc.title == "北京市关于促进高精尖产业投资推进制造业高端智能绿色发展的若干措施"
    assert (doc.issuer, doc.doc_number, doc.published) == ("北京市", None, None)


# --- 002: a draft, Word residue, validity in the last line --------------------------------------

def test_chaoyang_is_a_draft_and_says_so_on_every_measure(parsed):
    doc = parsed["chaoyang-2022"]
    assert doc.status == "征求意见稿"
    assert all(m.flags == ["征求意见稿"] for m in doc.measures)
    assert doc.title == "朝阳区统筹疫情防控和稳定经济增长的实施方案"


def test_chaoyang_validity_comes_from_the_closing_line(parsed):
    doc = parsed["chaoyang-2022"]
    assert doc.valid_until == "2022-12-31"
    assert doc.closing == ["本实施方案自发布之日起施行，有效期至2022年12月31日（国家有相关规定的，或具体措施明确执行期限的，从其规定）。"]


def test_chaoyang_bookmark_residue_is_gone(parsed):
    doc = parsed["chaoyang-2022"]
    assert doc.removed == ["[bookmark: _GoBack]"]
    assert doc.preamble[0].startswith("为贯彻落实党中央“疫情要防住、经济要稳住、发展要安全”的要求")


def test_chaoyang_rent_relief_measure(parsed):
    m4 = measure(parsed, "chaoyang-2022", 4)
    assert m4.subsection == "（三）国有房租减免“即申即享”"
    assert m4.section == "一、持续加力助企纾困和营商环境优化，全力稳住经济基本面"
    assert m4.text.startswith("2022年对承租区内各类国有房屋的在京注册或在京纳税服务业小微企业和个体工商户减免6个月房屋租金。")
    assert m4.text.endswith("组建房租减免工作专班，公告联系方式，确保免租措施惠及最终承租经营人。")
    assert m4.responsible_units[:2] == ["区国资委", "区财政局"]
