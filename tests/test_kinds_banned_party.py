"""A party that was banned is no ban (issue 23, kinds): in "被禁止从事…的，在禁止期限内，…部门对该经营者…不予办理…" the
禁止 after 被 names who was banned and 禁止期限 / 禁止决定 name the ban's term and decision; the sentence is the
bodies enforcing a sanction, never a right offered to the visitor. A ban that is one ("禁止…向企业摊派…") stays a
protection. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import ELIGIBLE, MAYBE, RIGHT as RIGHT_STATUS, eligible
from index.facts.kinds import actor
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 5)
RESTAURANT, SHOP, LARGE = visitors("朝阳区")
OFFERED = {ELIGIBLE, MAYBE, RIGHT_STATUS}

SANCTION = ("依照本条例被禁止从事进口代理业务的，在禁止期限内，口岸管理机构根据主管部门作出的禁止决定，对该经营者申报的货物"
            "不予办理通关手续。")


def _status(profile: dict, measure: dict) -> str:
    [r] = eligible(profile, [measure], TODAY)
    return r["status"]


def test_a_sanction_on_a_banned_business_is_never_offered():
    m = annotated_measure(SANCTION, "test-banned-party", district="北京市")
    assert m["kind"] not in ("right", "benefit"), (m["kind"], m["kind_basis"])
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert _status(visitor, m) not in OFFERED


def test_banned_and_the_bans_term_are_no_modal():
    assert actor("被禁止从事代理业务的，在禁止期限内，海关不予办理手续。") == ("", "")
    assert actor("在禁止期限内，海关不予办理手续。") == ("", "")
    assert actor("禁止任何单位向个体工商户摊派费用。") == ("", "禁止")


def test_a_ban_protecting_businesses_stays_a_right():
    m = annotated_measure("禁止任何单位向个体工商户摊派费用。", "test-banned-party", district="北京市")
    assert m["kind"] == "right", (m["kind"], m["kind_basis"])
    assert _status(SHOP, m) in OFFERED
