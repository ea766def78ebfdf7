"""A rule on how the grants of several policies combine for one firm grants nothing (issue 23 item 2, "duties,
obligations and general provisions never offered"): "同一企业同一项目符合本区多项政策的，按照从高不重复原则给予支持" closes
many plans; its 给予支持 / 享受 named a benefit and its "符合…政策的" a receiver with a condition, so a closing article was
offered 需确认 to every firm. Only "不重复支持" itself was read as withheld. Wordings written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("顺义区")


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-combined", district="顺义区")], TODAY)
    return r


@pytest.mark.parametrize("text", [
    "其他事项。本办法由区商务局负责解释。同一市场主体同一事项符合本区两项以上扶持政策的，按照从高原则给予支持。",
    "同一企业同一年度符合本区多项奖励政策的，按就高不重复的原则予以奖励。本办法自印发之日起施行。",
    "本办法与本区其他同类政策有交叉的，企业可按照就高原则选择享受。",
])
def test_a_rule_combining_grants_is_not_offered(text):
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert _judge(visitor, text)["status"] == INELIGIBLE, _judge(visitor, text)["reasons"]


def test_guard_a_grant_beside_the_combining_rule_is_still_granted():
    text = "对本区小微企业给予一次性补贴2万元；同一企业符合本区多项政策的，按照从高不重复原则给予支持。"
    assert _judge(RESTAURANT, text)["status"] == ELIGIBLE
    # selection of the best applicants (择优) is no rule of combination: the grant stays, asked
    assert _judge(RESTAURANT, "对本区小微企业按照择优原则给予补贴，每家最高5万元。")["status"] != INELIGIBLE


@pytest.mark.parametrize("text", [
    # one grant for several levels of a recognition, paid once at the higher: the grant is the sentence's own
    "对首次获评市级、区级绿色工厂的企业，按照就高原则给予一次性奖励，最高30万元。",
    "对企业同时取得多项体系认证的，从高给予奖励10万元。",
    # 从优 is a manner of giving, never a rule of combination
    "对本区小微企业申请稳岗贷款的，按照从优原则给予贷款贴息。",
])
def test_a_grant_paid_at_its_higher_level_stays_a_grant(text):
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE, _judge(RESTAURANT, text)["reasons"]
