"""The rules a grant follows, named by their title (issue 23 items 2 and 3): "申请条件和办理流程按照《…中小微企业融资服务支持实施
细则》执行" says the grant's conditions are in those rules (需确认, never 可以申请 outright) and grants nothing itself. The
title's words (中小微企业, 融资服务支持) were read as a second grant of 信贷支持 to every SME, beside the real grant, and
the conditions were not asked. A list one is entered in ("列入《…名录》的企业") still names its members. Wordings written
for these tests."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("通州区")
STARTUP = {**RESTAURANT, "size": "微型", "industries": ["信息技术", "科技服务"]}
GRANT = "对本区餐饮业小微企业，每家给予一次性稳岗补贴2万元。"


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-rules-title", district="通州区")


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [_measure(text)], TODAY)
    return r


def test_the_title_of_the_rules_followed_grants_nothing_and_its_conditions_are_asked():
    for rules in ("申请条件和办理流程按照《通州区中小企业稳岗支持资金管理办法》执行。",
                  "申报条件和审核程序依照《北京市小微企业稳岗资金支持实施细则》办理。"):
        m = _measure(GRANT + rules)
        assert len(m["eligibility"]["clauses"]) == 1, [c["line"] for c in m["eligibility"]["clauses"]]
        assert _judge(STARTUP, GRANT + rules)["status"] == INELIGIBLE
        assert _judge(RESTAURANT, GRANT + rules)["status"] == MAYBE


def test_guard_the_grant_alone_and_a_list_entered_by_its_title():
    assert _judge(RESTAURANT, GRANT)["status"] == ELIGIBLE
    r = _judge(STARTUP, "对列入《通州区专精特新中小企业名录》的企业，给予一次性奖励10万元。")
    assert r["status"] == INELIGIBLE, r["reasons"]  # (the list names its members' standing: 专精特新)
