"""Parties a later sentence of a plan measure means by a word that refers back (issue 23: "no 中小企业 benefit offered to a
large enterprise"):
  - a protection of the trades an article names first ("对本区住宿、餐饮经营主体…") carries those trades into its later
    sentences that name "同一门店" or a bare 经营主体: a manufacturer is not protected by them;
  - a grant whose receiver is a thing ("列入…名录的产品，可…") is for the owner of such things the measure named before
    ("优先采购本区小微企业的新产品"), of that owner's size.
Every sentence here was written for these tests (none copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import INELIGIBLE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "通州区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-referred", district=DISTRICT)], TODAY)
    return r


def test_a_protection_of_named_trades_is_not_a_manufacturers_in_its_later_sentences():
    text = ("实行柔性执法。对本区住宿、餐饮经营主体初次发生且及时纠正的轻微违规行为，依法不予处罚。区市场监管部门对同一门店"
            "每半年原则上只开展一次专项检查，不得重复检查。经营主体对重复检查有异议的，可以向区营商环境服务中心反映。")
    assert _judge(RESTAURANT, text)["status"] == "right"
    r = _judge(LARGE, text)
    assert r["status"] == INELIGIBLE, r["reasons"]
    assert any("住宿餐饮" in reason for reason in r["reasons"])


def test_a_grant_to_a_product_is_for_the_size_of_the_products_owner():
    text = ("支持新产品推广。区属国有企业在同等条件下优先采购本区小微企业的新产品。列入《通州区新产品推广名录》的产品，"
            "可按照有关规定享受首购政策。")
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE
