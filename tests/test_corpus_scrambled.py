"""平谷 and 昌平: the collected text interleaves two passes; each measure is reassembled with its own
sentences and units from the reviewed corrections in resources/corrections/."""
from __future__ import annotations

import pytest

from index.source.corrections import Corrections, MeasureCorrection
from index.errors import PolicyDataError
from index.source.parser import parse_text
from index.source.textio import read_text
from tests.kit import measure


@pytest.mark.parametrize(
    "doc_id, issuer, number, published, signed",
    [
        ("pinggu-2022", "北京市平谷区人民政府", "京平政发〔2022〕9号", "2022-06-13", "2022-06-10"),
        ("changping-2022", "北京市昌平区人民政府", "昌政发〔2022〕8号", "2022-06-10", "2022-06-10"),
    ],
)
def test_metadata_from_the_repeated_notice_and_the_displaced_signature(parsed, doc_id, issuer, number, published, signed):
    doc = parsed[doc_id]
    assert (doc.issuer, doc.doc_number, doc.published, doc.signed) == (issuer, number, published, signed)
    assert len(doc.notice) == 1  # the notice stands twice in the source, once here


def test_pinggu_measure_4_is_rent_relief_and_not_the_preamble(parsed):
    m4 = measure(parsed, "pinggu-2022", 4)
    assert m4.sentences == [
        "2022年对承租区内各类国有产权房屋的在区注册或在区纳税中小微企业和个体工商户减免3个月房屋租金。",
        "符合条件的连锁超市、便利店、餐饮企业以门店为单位执行。",
        "对承租非国有房屋的科技型孵化器为中小微企业和个体工商户减免房租的，经确认按照减免租金总额的50%给予补贴，其中市级承担20%、区级承担30%。",
        "由区国资委组建全区房租减免工作专班，负责统筹全区国有房屋及非国有房屋房租减免工作，公告联系方式，协调督查政策落实，确保免租措施惠及最终承租经营人。",
    ]
    assert m4.flags == ["文本重组"]
    assert m4.responsible_units[0] == "区国资委"
    preamble = parsed["pinggu-2022"].preamble
    assert len(preamble) == 1 and preamble[0].startswith("北京市平谷区人民政府2022年6月10日（此件公开发布）")
    assert preamble[0].endswith("结合我区实际，制定本实施方案。")


@pytest.mark.parametrize("doc_id, number", [("pinggu-2022", 35), ("changping-2022", 47)])
def test_car_tax_measure_carries_no_arrears_clearing_sentence(parsed, doc_id, number):
    m = measure(parsed, doc_id, number)
    assert m.text.startswith("对购置日期在2022年6月1日至12月31日期间内且单车价格（不含增值税）不超过30万元的2.0升及以下排量乘用车，减半征收车辆购置税。")
    assert "清欠" not in m.text and "拖欠" not in m.text


def test_arrears_clearing_sentence_is_in_its_own_measure(parsed):
    m17 = measure(parsed, "changping-2022", 17)
    assert m17.sentences == ["开展中小企业账款清欠专项行动，无分歧欠款发现一起清偿一起，确有支付困难的6月30日前明确还款计划，严禁政府投资项目新增拖欠。"]
    assert m17.responsible_units == ["区经济信息化局", "区财政局", "区国资委", "区发展改革委", "区市场监管局"]


def test_pinggu_closing_is_not_part_of_the_last_measure(parsed):
    doc = parsed["pinggu-2022"]
    assert doc.closing[1] == "各行业主管部门负责对政策措施进行解释，并做好接诉即办工作。"
    assert all("不再重复享受" not in m.text for m in doc.measures)


@pytest.mark.parametrize(
    "doc_id, inferred, missing",
    [
        ("pinggu-2022", [25, 29, 32, 38, 41, 44, 50, 51, 52, 53], [29, 38, 44, 52]),
        ("changping-2022", [24, 27, 29, 34, 36, 38, 39, 40, 44, 46, 55, 57], [38, 46, 55]),
    ],
)
def test_inferred_numbers_and_lost_texts_are_flagged(parsed, doc_id, inferred, missing):
    doc = parsed[doc_id]
    assert [m.number for m in doc.measures if "编号推定" in m.flags] == inferred
    assert [m.number for m in doc.measures if "原文缺失" in m.flags] == missing
    assert all(m.text == "" for m in doc.measures if m.number in missing)


def test_lost_headings_are_not_borrowed_from_the_previous_part(parsed):
    assert measure(parsed, "pinggu-2022", 30).section is None
    assert measure(parsed, "pinggu-2022", 48).section == "七、推动农业科技创新，实现农业农村现代化"
    assert measure(parsed, "pinggu-2022", 48).subsection is None
    assert measure(parsed, "changping-2022", 28).subsection == "（二）支持创新型企业发展"
    assert measure(parsed, "changping-2022", 28).section is None


def test_without_corrections_a_scrambled_text_warns_and_keeps_every_sentence(catalog):
    raw = read_text(catalog["pinggu-2022"].file).text
    doc = parse_text(raw)
    assert doc.scrambled
    assert any("原文顺序混乱" in w for w in doc.warnings)
    assert doc.duplicate_sentences == 45


def test_a_snippet_that_is_not_in_the_source_is_refused(catalog, tmp_path):
    raw = read_text(catalog["pinggu-2022"].file).text
    bad = Corrections(path=tmp_path / "x.toml", document="pinggu-2022",
                      measures={1: MeasureCorrection(number=1, snippets=["这句话原文里没有"])})
    with pytest.raises(PolicyDataError, match="这句话原文里没有.*在原文中找不到"):
        parse_text(raw, corrections=bad)


def test_a_sentence_in_two_measures_is_refused(catalog, tmp_path):
    raw = read_text(catalog["pinggu-2022"].file).text
    snippet = "严格落实国家增值税留抵退税政策"
    bad = Corrections(path=tmp_path / "x.toml", document="pinggu-2022", measures={
        1: MeasureCorrection(number=1, snippets=[snippet]), 2: MeasureCorrection(number=2, snippets=[snippet])})
    with pytest.raises(PolicyDataError, match="每句只能归入一处"):
        parse_text(raw, corrections=bad)


def test_cp46_innovative_firms_sentence_is_the_last_of_cp16_and_cp46_is_lost(parsed):
    """Audit H1: in the ordered pass the 创新型企业 sentence follows 稳定总部企业 directly (16's run)."""
    cp16, cp45, cp46 = (measure(parsed, "changping-2022", n) for n in (16, 45, 46))
    assert cp16.sentences[-1].startswith("支持创新型企业发展，在研发创新、场景应用、融资上市等方面加大扶持力度")
    assert cp16.sentences[-2].startswith("稳定总部企业在昌发展")
    assert cp46.text == "" and cp46.flags == ["编号推定", "原文缺失"] and cp46.units_text == "区商务局"
    assert cp45.units_text is None


def test_pg37_keeps_its_triathlon_sentence_and_pg38_is_lost(parsed):
    """Audit H2: 37.'s four sentences are one continuous run of pass A; 38. was lost after it."""
    pg37, pg38 = measure(parsed, "pinggu-2022", 37), measure(parsed, "pinggu-2022", 38)
    assert len(pg37.sentences) == 4 and pg37.sentences[-1].startswith("筹办第23届北京金海湖国际铁人三项赛等活动")
    assert pg37.units_text is None
    assert pg38.text == "" and "原文缺失" in pg38.flags and pg38.units_text == "区文化和旅游局、区商务局、各乡镇街道"


def test_pg51_farm_loans_and_insurance_are_one_run(parsed):
    """Audit M1: no number or tail between 抵押贷款试点 and 加大政策性农业保险: not two measures."""
    pg51, pg52 = measure(parsed, "pinggu-2022", 51), measure(parsed, "pinggu-2022", 52)
    assert [s[:8] for s in pg51.sentences] == ["对符合相关政策支", "探索农业设施产权", "加大政策性农业保", "对于农业常规险种",
                                                "涉及“桃种植附加", "推动政策性农业保"]
    assert pg52.text == "" and "原文缺失" in pg52.flags


def test_cp40_does_not_inherit_the_subsection_of_39(parsed):
    """Audit L1: 40's （二） heading was lost; it is not （一）."""
    assert measure(parsed, "changping-2022", 40).subsection is None


@pytest.mark.parametrize("doc_id, numbers", [
    ("pinggu-2022", [25, 27, 28, 31, 32, 33, 35, 36, 37, 40, 41, 42, 43, 46, 48, 49, 50, 51, 53, 54, 55]),
    ("changping-2022", [24, 26, 27, 28, 29, 31, 33, 34, 35, 36, 37, 39, 40, 43, 44, 45, 52, 54, 56, 57, 58]),
])
def test_measures_at_a_hand_over_point_are_flagged_incomplete(parsed, doc_id, numbers):
    """Audit M2: beyond the range the second pass repeats, a measure at a hand-over point of pass A may
    have lost text (PG27 talent, PG35 二手车, PG43 / CP36 bare lead sentences, CP52 养老岗位)."""
    doc = parsed[doc_id]
    assert [m.number for m in doc.measures if "文本不完整" in m.flags] == numbers
    assert not [m.number for m in doc.measures if "文本不完整" in m.flags and "原文缺失" in m.flags]


def test_clean_documents_have_no_incomplete_flag(parsed):
    for doc_id in ("chaoyang-2022", "beijing-2022-manufacturing", "beijing-2022-high-end"):
        assert not [m.number for m in parsed[doc_id].measures if "文本不完整" in m.flags]
