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
    text = ("规范涉企执法。对本区住宿、餐饮经营主体首次出现且主动改正的轻微违规，免予行政处罚。执法部门对同一门店一个季度内"
            "至多开展一次现场检查。经营主体认为检查重复的，可以向区政务服务中心反映。")
    assert _judge(RESTAURANT, text)["status"] == "right"
    r = _judge(LARGE, text)
    assert r["status"] == INELIGIBLE, r["reasons"]
    assert any("住宿餐饮" in reason for reason in r["reasons"])


def test_a_grant_to_a_product_is_for_the_size_of_the_products_owner():
    text = ("推动创新产品应用。区属国有企业同等条件下优先选用本区小微企业的创新产品。入选区级创新产品清单的产品，"
            "可以按规定享受首购支持。")
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE
