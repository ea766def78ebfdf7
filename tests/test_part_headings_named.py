"""Parts headed "第一部分　…" on a line of their own (as some district plans print them): the heading is the part of
the measures after it, never glued to the end of the measure before it (issue 23 item 5/7: measures are the text's
own words). The plan here was written for this test."""
from __future__ import annotations

from index.source.parser import parse_text
from tests.kit import HEAD


def test_a_named_part_heading_closes_the_measure_before_it():
    doc = parse_text(HEAD + "第一部分　支持企业创新\n\n1.奖励研发投入：对研发投入超过500万元的企业给予奖励。\n\n"
                            "2.支持首台套：对首台套装备给予保险补贴。\n\n第二部分　优化营商环境\n\n"
                            "3.压缩审批时限：企业开办1个工作日办结。\n")
    texts = [m.text for m in doc.measures]
    assert texts[1] == "支持首台套：对首台套装备给予保险补贴。"
    assert not any("第二部分" in t or "优化营商环境" in t for t in texts)
    assert [m.section for m in doc.measures][-1].endswith("优化营商环境")


def test_a_part_named_inside_a_sentence_is_not_a_heading():
    doc = parse_text(HEAD + "1.编制方案：按照规划第一部分确定的目标，对企业给予补贴。\n2.减免房租。\n")
    assert doc.measures[0].text == "编制方案：按照规划第一部分确定的目标，对企业给予补贴。"
