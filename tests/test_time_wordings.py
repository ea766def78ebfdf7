"""Time limits in the ways official texts write them (issue 23 item 4): tests/timewordings.py's own set of
wordings (none taken from the evaluation plans), each with the end a reader takes and its status on
2026-12-04, and the basis sentence of every end; the evaluation plans' gold ends as a regression."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import timewordings as tw
from index.facts.deadlines import deadline_note, extract_deadlines, measure_deadline, time_basis
from index.source.dates import APPLY, END, LASTING, read_time

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("text, doc, end, status", tw.CASES, ids=[f"{i + 1}-{c[0][:12]}" for i, c in enumerate(tw.CASES)])
def test_each_wording_gives_its_end_and_status_on_the_judging_day(text, doc, end, status):
    assert tw.judge(text, doc) == (end, status)


@pytest.mark.parametrize("text, doc, end, status", [c for c in tw.CASES if c[2] and c[1] in ("plan", "rules")],
                         ids=[c[0][:12] for c in tw.CASES if c[2] and c[1] in ("plan", "rules")])
def test_every_end_names_the_sentence_it_was_read_from(text, doc, end, status):
    document = tw.DOCS[doc]
    basis = time_basis(text, int(document["signed"][:4]), document["signed"], document["effective"])["deadlines"]
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
