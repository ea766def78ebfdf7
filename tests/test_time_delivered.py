"""Ends a measure reaches through the grant's own delivery, or through a window counted from a span of the business's
own running (issue 23 item 4). "…企业的奖励于2027年3月底前拨付完毕" and "减免须于…前落实到位" end a grant that is paid or
given without an application (免申即享): after the day nothing more is given, even where the businesses are named as
the money's owners. "…期间新登记设立的，…自连续经营满6个月之日起3个月内提出申请" reaches as far as the latest start
plus the span plus the window. The sentences are the tests' own."""
from __future__ import annotations

from index.facts.deadlines import extract_deadlines, time_basis

ISSUED = "2026-05-12"


def test_the_money_named_as_the_businesses_paid_by_a_day_ends_the_grant():
    text = ("对首次获评北京市“隐形冠军”的企业给予一次性奖励20万元，由区经济和信息化局依据名单直接兑付，"
            "2026年度获评企业的奖励资金于2027年2月底前拨付完毕。")
    assert list(time_basis(text, 2026, ISSUED, kind="benefit", valid_until="2029-05-11")["deadlines"]) == ["2027-02-28"]


def test_a_relief_to_be_delivered_by_a_day_ends_then():
    text = ("在区属国有商业用房经营的个体工商户，2026年免收2个月租金，由出租单位在结算时直接扣减，"
            "减免应当于2026年9月30日前落实到位。")
    assert list(time_basis(text, 2026, ISSUED, kind="benefit", valid_until="2028-05-11")["deadlines"]) == ["2026-09-30"]
    # a business bound to finish its own step by a day is not the grant delivered
    assert extract_deadlines("企业须于2026年9月30日前完成整改。", 2026, ISSUED) == []


def test_a_window_from_a_span_of_the_businesss_own_running_after_a_dated_start():
    text = ("2026年6月1日至2027年5月31日期间在本区新注册、从事家政服务的小微企业，持续经营满1年的，给予一次性补贴5000元，"
            "企业应当自持续经营满1年之日起2个月内提出申请。")
    assert extract_deadlines(text, 2026, ISSUED) == ["2028-07-31"]
    text = "对2026年12月31日前开业的社区便利店，自开业满6个月之日起30日内提出申请的，给予补贴。"
    assert extract_deadlines(text, 2026, ISSUED) == ["2027-07-30"]
