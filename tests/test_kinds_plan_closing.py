"""A plan's closing article is a general provision (issue 23 item 1: 一般规定 — entry into force, definitions, how it
meets other policies), never a government duty, however it names the bodies that interpret it or the rules that apply:
  - which rules apply when ("本措施实施前已受理的事项，按照原政策执行", "如遇上级政策调整，按照上级政策执行");
  - a term defined by other rules ("本措施所称小微企业，按照…划型标准确定"; "本措施所称…，是指…");
  - the interpreting bodies however many ("本措施由区商务局、区财政局按照职责分工负责解释");
  - the overlap formula quoted or listed ("按照“从优、就高、不重复”原则执行");
  - a closing heading ("施行日期和解释。").
Every sentence here was written for these tests (none copied from the evaluation sets)."""
from __future__ import annotations

import pytest

from index.facts.kinds import GENERAL, measure_kind


@pytest.mark.parametrize("text", [
    "附则。本措施自2026年9月1日起施行，有效期两年。本措施实施前已受理的事项，按照原政策执行。本措施由区商务局负责解释。",
    "本措施自印发之日起3年内有效。实施期间如遇上级政策调整，按照上级政策执行。本措施由区财政局负责解释。",
    "本措施所称小微企业，按照国家中小企业划型标准确定；所称首店，是指在本区开设的品牌首家门店。",
    "本措施所称创新企业，是指在本区登记注册、具有独立法人资格的科技型企业。",
    "本措施自2026年9月1日起施行。本措施由区科学技术委员会、区人力资源和社会保障局、区财政局按照职责分工负责解释。",
    "本措施自2026年9月1日起施行。同一企业同一事项符合本区多项政策的，按照“从优、就高、不重复”原则执行。",
    "施行日期和解释。本措施自2026年9月1日起施行，有效期至2028年8月31日。本措施由区商务局负责解释。",
])
def test_a_closing_article_is_a_general_provision(text):
    kind, basis, _ = measure_kind(text)
    assert kind == GENERAL, basis


def test_a_body_following_higher_policy_in_its_own_work_is_still_its_duty():
    kind, _, _ = measure_kind("区财政局按照上级政策执行资金拨付。")
    assert kind != GENERAL


def test_a_selection_on_merit_is_not_the_overlap_formula():
    # "择优支持的原则" is how a fund chooses, not how overlapping policies are enjoyed
    kind, _, _ = measure_kind("区创新基金应当按照公开申报、专家评审、择优支持的原则确定资助项目，支持青年科技人才开展基础研究。")
    assert kind != GENERAL
