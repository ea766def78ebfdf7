"""A window counted from a span of the business's own running reaches as far as the latest start the sentence
*admits* (issue 23 item 4, review finding 6): a start date written to shut businesses out ("2025年12月31日前开业的企业
不享受本政策", "…前注册的企业不予支持", "除…前已开业的门店外") is no latest start, and of several admitted starts the
latest counts, not the first written. The first sentence is the reviewer's; the others are the tests' own."""
from __future__ import annotations

from index.facts.deadlines import extract_deadlines

ISSUED = "2026-03-01"


def test_a_start_that_shuts_businesses_out_is_not_the_latest_start():
    # the reviewer's: without the shut-out start, the year of the new openings ends it as before (not 2026-09-30,
    # which made a live grant 已过期 in December 2026)
    text = ("对2026年新开业的餐饮企业，自连续经营满6个月之日起3个月内申请一次性补贴5000元，"
            "2025年12月31日前开业的企业不享受本政策。")
    assert extract_deadlines(text, 2026, ISSUED) == ["2026-12-31"]
    text = ("2026年1月1日至2026年12月31日期间新注册的小微企业，自持续经营满1年之日起2个月内提出申请，给予补贴2万元，"
            "2025年12月31日前注册的企业不予支持。")
    assert extract_deadlines(text, 2026, ISSUED) == ["2028-02-29"]
    text = "除2025年12月31日前已开业的门店外，2026年新开业的便利店自开业满6个月之日起30日内提出申请的，给予补贴。"
    assert extract_deadlines(text, 2026, ISSUED) == ["2026-12-31"]


def test_of_several_admitted_starts_the_latest_counts():
    text = "2026年6月30日前开业的便利店给予1万元、2026年12月31日前开业的给予5000元，均自开业满6个月之日起30日内提出申请。"
    assert extract_deadlines(text, 2026, ISSUED) == ["2027-07-30"]


def test_starts_that_admit_keep_their_reach():
    # the rule's own case, and a condition of not receiving other grants beside the start (no shutting out)
    text = "对2026年12月31日前开业的社区便利店，自开业满6个月之日起30日内提出申请的，给予补贴。"
    assert extract_deadlines(text, 2026, ISSUED) == ["2027-07-30"]
    text = ("对2026年12月31日前开业、不享受其他同类补贴的社区便利店，自开业满6个月之日起30日内提出申请的，给予补贴，"
            "不予重复支持。")
    assert extract_deadlines(text, 2026, ISSUED) == ["2027-07-30"]
    text = ("2026年6月1日至2027年5月31日期间在本区新注册、从事家政服务的小微企业，持续经营满1年的，给予一次性补贴5000元，"
            "企业应当自持续经营满1年之日起2个月内提出申请。")
    assert extract_deadlines(text, 2026, ISSUED) == ["2028-07-31"]
