"""The place a receiver sits in, named with what makes it such a place (issue 23 item 3, "the beneficiary, not every
party a sentence names"): "对入驻区级认定的专精特新产业园…的中小企业" — the park is the one recognised as 专精特新, the firm
in it need not be. The place was left out of the receiver only when written without a modifier ending in 的
("入驻区级孵化器"); with one, its status was read as the firm's and a firm without it was told 不适用. Wordings written
for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("昌平区")
STARTUP = {**RESTAURANT, "size": "微型", "industries": ["信息技术", "科技服务"]}


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-recognised-place", district="昌平区")], TODAY)
    return r


@pytest.mark.parametrize("text", [
    "对入驻区级认定的专精特新产业园的中小企业，按照实际支付租金的20%给予补贴，每家最高30万元。",
    "对进驻市级评定的高新技术企业孵化基地、租用办公用房的中小企业，给予每家5万元房租补贴。",
    "对落户经认定的专精特新特色园区的小微企业，给予一次性落户奖励10万元。",
])
def test_a_recognised_place_does_not_give_its_status_to_the_firm_in_it(text):
    r = _judge(STARTUP, text)
    assert r["status"] != INELIGIBLE, r["reasons"]
    assert not any("专精特新" in x or "高新技术" in x for x in r["reasons"] if "您未选择" in x)


def test_guard_a_firm_with_the_status_itself_still_needs_it():
    r = _judge(STARTUP, "对区级认定的专精特新中小企业，按照实际支付租金的20%给予补贴。")
    assert r["status"] == INELIGIBLE, r["reasons"]
    assert _judge(LARGE, "对入驻区级认定的专精特新产业园的中小企业，按照实际支付租金的20%给予补贴。")["status"] == INELIGIBLE


@pytest.mark.parametrize("text", [
    # the receiver named between its own place and the place it enters is no place (review 32, P1)
    "对落户本区的软件企业进驻市级产业园区的，给予两年房租补贴。",
    "对注册位于本区的小微企业入驻区级众创空间的，给予每家最高5万元补贴。",
    "对落户本区企业入驻商务楼宇的，按照实际租金的10%给予补贴。",
])
def test_the_receiver_between_two_places_is_no_place(text):
    r = _judge(STARTUP, text)
    assert r["status"] != INELIGIBLE, r["reasons"]
