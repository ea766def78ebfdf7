"""A measure's heading set apart by the layout names whom it is for (issue 23 item 3, "a 中小企业 / 小型微型企业 benefit is
never offered to a 大型 enterprise"): "第二条（降低小微企业物流成本）…" or "（三）中小企业首贷贴息。…" are read into the measure's
title, not its text. A bare 企业 granted later in the text ("区财政按照企业实际支付…给予补贴") took the size of a heading
opening the text ("小微企业贷款贴息。…") but not of the same heading set apart as the title, so the grant was offered
(需确认) to a large firm. Wordings written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, eligible
from index.records import annotate_measure
from tests.kit import visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("大兴区")


def _judge(profile: dict, title: str, text: str) -> dict:
    m = {"id": "test-titled/1", "number": 1, "district": "大兴区", "title": title, "text": text, "flags": [],
         "responsible_units": [], "document": {"id": "test-titled", "published": "2026-03-01"}}
    m.update(annotate_measure(m, m["document"]))
    [r] = eligible(profile, [m], TODAY)
    return r


CASES = [
    ("降低小微企业物流成本",
     "区属物流园区为本区小微企业提供仓储服务的，仓储费不得高于同类市场价格的80%。区商务局按照企业实际支付仓储费的30%给予补贴。"),
    ("小微企业上云补贴",
     "云服务商为本区小微企业提供上云服务的，不得捆绑销售其他产品。区经济和信息化局按照企业实际支付服务费的50%给予补贴。"),
    ("支持小型微型企业吸纳就业",
     "人力资源服务机构为本区小型微型企业招聘员工的，不得向求职者收取费用。区人力社保局按照企业新招用人数给予每人2000元补贴。"),
]


@pytest.mark.parametrize("title, text", CASES)
def test_a_sized_heading_set_apart_sizes_the_bare_enterprise_granted(title, text):
    assert _judge(LARGE, title, text)["status"] == INELIGIBLE
    assert _judge(RESTAURANT, title, text)["status"] != INELIGIBLE


@pytest.mark.parametrize("title, text", CASES)
def test_guard_a_heading_naming_no_size_narrows_nothing(title, text):
    assert _judge(LARGE, "优化企业服务", text)["status"] != INELIGIBLE
    assert _judge(LARGE, "", text)["status"] != INELIGIBLE


@pytest.mark.parametrize("title, text", [
    # the heading names the firms served; the firm rewarded acts toward another firm (review 32, P4)
    ("推动中小企业配套协作", "对企业向本区企业开放应用场景并签订合同的，按照合同金额的5%给予奖励。"),
    ("支持小微企业融入产业链", "对企业年度采购本区企业零部件金额超过500万元的，按照采购额的2%给予奖励。"),
    ("促进中小企业与大企业融通", "对企业新增本区配套企业的，每新增1家给予10万元奖励。"),
])
def test_a_heading_does_not_size_a_firm_acting_toward_another(title, text):
    assert _judge(LARGE, title, text)["status"] != INELIGIBLE, _judge(LARGE, title, text)["reasons"]
