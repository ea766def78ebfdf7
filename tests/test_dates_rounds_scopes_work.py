"""Three ways a 2026 plan binds a date that the reader took for a mere target (issue 23 item 4), read by whose act it
is: a must with a bare completion whose object is the sentence's topic, named before it ("申报分两轮进行，第二轮须于…前
完成"): the applicant's last day; a date inside the scope the grant is said to cover ("本补贴限于…前新开设的门店"): the
end of who can enter; a body's own work named by its verb before 完成 ("区…局于…编制完成…"): the end of a measure
that is government work, not of a grant. Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from index.facts.deadlines import DUTY, extract_deadlines
from index.source.dates import APPLY, CONDITION, END, TARGET, WORK, read_time


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.date) for f in read_time(text, 2026, "2026-03-01")]


@pytest.mark.parametrize("text, want", [
    ("奖励申报分两轮进行，第一轮须于2026年5月31日前完成，第二轮须于2026年11月30日前完成。",
     [(APPLY, "2026-05-31"), (APPLY, "2026-11-30")]),
    ("补助资金实行集中申请，企业须于2026年9月15日前办结。", [(APPLY, "2026-09-15")]),
    ("本项奖励按季度受理申请，当年最后一次应于12月20日前完成。", [(APPLY, "2026-12-20")]),
])
def test_a_bare_completion_of_the_application_named_before_is_the_last_day(text, want):
    assert _kinds(text) == want


@pytest.mark.parametrize("text, want", [
    ("本补贴限于2027年3月31日前新开设的社区便民门店。", [(END, "2027-03-31")]),
    ("本条奖励适用于2026年12月31日前首次认定的专精特新中小企业。", [(END, "2026-12-31")]),
    ("本措施仅限2027年6月30日前在本区新注册的小型微型企业。", [(END, "2027-06-30")]),
])
def test_a_date_inside_the_scope_the_grant_covers_ends_who_can_enter(text, want):
    assert _kinds(text) == want


@pytest.mark.parametrize("text, day", [
    ("区商务局会同区财政局于2026年上半年修订完成区级商圈评价办法。", "2026-06-30"),
    ("区经济和信息化局于2026年第三季度梳理完成重点企业服务清单，此后每半年更新一次。", "2026-09-30"),
])
def test_a_bodys_own_work_named_by_its_verb_before_completion_ends_the_duty(text, day):
    assert _kinds(text) == [(WORK, day)]
    assert extract_deadlines(text, 2026, "2026-03-01", kind=DUTY) == [day]
    assert extract_deadlines(text, 2026, "2026-03-01") == []  # never a grant's last day


@pytest.mark.parametrize("text, want", [
    # a body's completion after a must stays the body's work, not the applicant's day
    ("企业申报材料报送后，区商务局须于2026年10月31日前完成。", [(WORK, "2026-10-31")]),
    # an aim of the work stays an aim
    ("确保2026年9月30日前完成全部改造。", [(TARGET, "2026-09-30")]),
    # a condition on who, past when the text was issued, is a condition (its own kind since the condition reading)
    ("本补贴限于2025年12月31日前已签订租赁合同的企业。", [(CONDITION, "2025-12-31")]),
])
def test_what_is_not_the_applicants_stays_as_it_was(text, want):
    assert _kinds(text) == want
