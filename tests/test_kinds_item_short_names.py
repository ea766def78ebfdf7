"""A bare head word (企业, 公司, 单位, 经营主体 …) a plan item gives as the short name of one party ("对本区大型工业企业
（以下简称企业）…") is that item's own shorthand (issue 23 item 3, review finding 8): the bare 企业 of the items after it
keeps its own meaning, so a small restaurant is not turned away from a later employment subsidy as if it were for large
industrial firms. A collective name (以下统称经营主体), a definition of what the text means by a word (本措施所称…是指) and
a short name given in the preamble still hold for the text (tests/test_kinds_defined_terms.py). The first plan is the
reviewer's; the others are the tests' own."""
from __future__ import annotations

from datetime import date

from index.facts.definitions import measure_own_names
from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from index.records import measure_records
from index.source.parser import parse_text
from tests.kit import visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("朝阳区")
PREAMBLE = "为稳定市场预期，结合本区实际，制定以下措施。"


def _plan(*measures: str, preamble: str = PREAMBLE) -> dict[int, dict]:
    numbers = "一二三四五六七八九十"
    body = "\n\n".join(f"{numbers[i]}、{text}" for i, text in enumerate(measures))
    raw = f"朝阳区关于支持企业稳定发展的若干措施\n\n{preamble}\n\n{body}\n\n朝阳区商务局\n2026年3月1日\n"
    return {r["number"]: r for r in measure_records("test-item-short-names", parse_text(raw, district="朝阳区"))}


def _statuses(measure: dict) -> tuple[str, str, str]:
    return tuple(eligible(p, [measure], TODAY)[0]["status"] for p in (RESTAURANT, SHOP, LARGE))


EMPLOYMENT = "稳岗就业补贴。对新吸纳本区户籍劳动力就业并签订1年以上劳动合同的企业，按每人3000元给予一次性补贴。"


def test_a_bare_head_abbreviated_in_one_item_is_not_the_next_items_enterprise():
    for first, later in (
            ("对本区大型工业企业（以下简称企业）实施技术改造的，按投资额的10%给予奖励。", EMPLOYMENT),
            ("支持数字化转型。对本区规模以上工业企业（以下简称企业）购置工业软件的，按投资额的20%给予补助。",
             "支持吸纳就业。对招用高校毕业生并缴纳社会保险的企业，每人给予一次性补贴2000元。"),
            ("支持旗舰店。对年营业收入10亿元以上的大型商贸企业（以下称企业）新开设旗舰店的，给予最高100万元奖励。",
             "支持线上推广。对开展网络直播销售的企业，按推广费用的30%给予补贴，最高5万元。"),
            ("支持外贸企业。对本区年进出口额1亿元以上的外贸企业（以下简称“企业”）参加境外展会的，给予展位费补贴。",
             "支持吸纳就业。对招用高校毕业生并缴纳社会保险的企业，每人给予一次性补贴2000元。")):
        records = _plan(first, later)
        assert _statuses(records[2]) == (MAYBE, INELIGIBLE, MAYBE), (first, later)


def test_the_abbreviation_still_holds_inside_its_own_item():
    records = _plan("对本区大型工业企业（以下简称企业）实施技术改造的，企业按投资额的10%获得奖励。", EMPLOYMENT)
    assert _statuses(records[1]) == (INELIGIBLE, INELIGIBLE, MAYBE)
    assert measure_own_names("对本区大型工业企业（以下简称企业）实施技术改造的") == {"企业"}


def test_collective_names_and_the_preambles_short_names_still_hold_for_the_text():
    assert measure_own_names("对本区中小微企业和个体工商户（以下统称经营主体）新获得的贷款给予贴息。") == set()
    assert measure_own_names("支持在本区登记的小型微型企业（以下简称小微企业）吸纳就业。") == set()
    records = _plan("对新吸纳本区户籍劳动力就业的企业，按每人3000元给予一次性补贴。",
                    preamble="为支持本区小型微型企业（以下简称企业）稳定经营，结合本区实际，制定以下措施。")
    assert _statuses(records[1])[0] == MAYBE and _statuses(records[1])[2] == INELIGIBLE
