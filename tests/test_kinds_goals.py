"""Issue 23's four goals, held on the independent labels (index/evalsets/independent): the eight real
regulations (when ../shared/realdocs is present) and the three 2026 plans written for the evaluation."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from index import evaluation_kinds as ek

ROOT = Path(__file__).resolve().parents[1]
REALDOCS = Path(os.environ.get("POLICY_BROWSER_REALDOCS", ROOT.parent / "shared" / "realdocs"))
INDEPENDENT = ROOT / "index" / "evalsets" / "independent"


def _ratio(text: str) -> float:
    done, total = text.split(" = ")[0].split("/")
    return int(done) / int(total)


def _goals(figures: dict) -> None:
    assert figures["unmatched"] == []
    assert figures["duties_offered_pairs"] == 0  # no duty, obligation or general provision offered
    assert _ratio(figures["core_benefits_offered"]) >= 0.9  # core benefits offered to whom they are for
    assert figures["conditional_called_eligible_articles"] == 0  # no conditional grant called 可以申请
    assert figures["sme_offered_to_large"] == 0  # no 中小企业 benefit or right offered to the large firm


@pytest.mark.skipif(not REALDOCS.is_dir(), reason="real regulations not present")
def test_the_goals_hold_on_the_eight_regulations(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_BROWSER_HOME", str(tmp_path))
    _goals(ek.figures(ek.evaluate(ek._gold_realdocs(INDEPENDENT / "realdocs_labels.json", REALDOCS))))


def test_the_goals_hold_on_the_three_2026_plans(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_BROWSER_HOME", str(tmp_path))
    _goals(ek.figures(ek.evaluate(ek._gold_plans(INDEPENDENT / "plans_2026"))))


def test_a_benefit_for_foreign_trade_firms_is_for_none_of_the_five_visitors():
    assert ek.targets(["中小企业", "其他:外贸企业"]) == set()
    assert ek.targets(["企业", "其他:进出口企业", "其他:制造业企业"]) == {"专精特新中型制造", "大型制造"}
    assert ek.targets(["企业", "其他:餐饮门店"]) == {"朝阳小餐馆"}
    assert ek.targets(["中小企业"]) == {"朝阳小餐馆", "科技初创微企", "专精特新中型制造"}
    # a plan's gold restricts a grant to trades: a 制造业 SME grant is not for the restaurant or the tech start-up
    assert ek.targets(["中小企业"], ["制造业"]) == {"专精特新中型制造"}
    assert ek.targets(["个体工商户", "企业"], ["住宿餐饮", "批发零售"]) == {"朝阳小餐馆", "平谷个体店"}
    assert ek.targets(["中小企业"], []) == {"朝阳小餐馆", "科技初创微企", "专精特新中型制造"}
