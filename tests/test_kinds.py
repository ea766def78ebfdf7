"""Kinds of provision, whose benefit, rights and conditions written elsewhere (issue 23), on sentences
written for these tests in the shapes official texts use, and on the real regulations when present."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from index.facts.eligibility import ELIGIBLE, GROUP_LABELS, INELIGIBLE, MAYBE, RIGHT, eligible, group_of
from index.facts.kinds import BENEFIT, DUTY, GENERAL, OBLIGATION, RIGHT as RIGHT_KIND, blank_providers, measure_kind
from tests.kit import annotated_measure

ROOT = Path(__file__).resolve().parents[1]
REALDOCS = Path(os.environ.get("POLICY_BROWSER_REALDOCS", ROOT.parent / "shared" / "realdocs"))
TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": ["租用国有房屋"]}
LARGE = {**SMALL, "size": "大型", "industries": ["制造业"], "situations": []}
SHOP = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}


def _measure(text: str, number: int = 1) -> dict:
    return annotated_measure(text, "test-kinds", number)


@pytest.mark.parametrize("text, kind", [
    ("本办法自2026年1月1日起施行。", GENERAL),
    ("本办法所称小微企业，是指符合国家划型标准的小型企业和微型企业。", GENERAL),
    ("有关部门工作人员玩忽职守的，依法给予处分。", GENERAL),
    ("区商务局负责统筹协调全区消费促进工作，建立工作台账。", DUTY),
    ("市、区人民政府应当加强对中小企业发展的统筹规划。", DUTY),
    ("经营者应当明码标价，不得虚构原价开展促销。", OBLIGATION),
    ("享受本措施支持的企业，应当在3年内不迁出本区。", OBLIGATION),
    ("大型企业从中小企业采购货物，应当自交付之日起45日内支付款项。", RIGHT_KIND),
    ("任何单位不得向个体工商户摊派费用。", RIGHT_KIND),
    ("门店在划定区域内临时外摆经营的，向街道备案即可，无需另行审批。", RIGHT_KIND),
    ("对在本区注册的小微企业给予一次性补贴5000元。", BENEFIT),
    ("有关部门不得将目录以外的服务事项作为办理审批的条件。", RIGHT_KIND),
    ("有关部门制定涉企政策，应当为经营主体留出不少于三十日的适应调整期。", RIGHT_KIND),
    ("市场主体认为区人民政府的规范性文件同法律相抵触的，可以书面提出审查建议。", RIGHT_KIND),
])
def test_the_kind_is_read_from_who_acts_and_who_receives(text, kind):
    m = _measure(text)
    assert m["kind"] == kind
    assert m["kind_basis"] and m["kind_basis"] in text or m["kind_basis"].startswith("（")


def test_a_grant_inside_a_duty_of_the_government_is_a_benefit_only_when_concrete():
    assert measure_kind("市、区人民政府应当为中小企业发展提供支持。")[0] == DUTY
    assert _measure("市、区人民政府应当对吸纳就业的小微企业给予社会保险补贴。")["kind"] == BENEFIT


def test_the_landlord_the_lender_the_seller_and_the_excluded_are_not_beneficiaries():
    rent = _measure("对承租区属国有企业房屋的小微餐饮企业，减免3个月房屋租金。")
    [clause] = rent["eligibility"]["clauses"]
    assert clause["traits"] == [] and clause["entity_types"] == ["企业"] and clause["sizes"] == ["小型", "微型"]
    assert clause["situations"] == ["租用国有房屋"]  # what the tenant does is read with the landlord in place
    assert "国有企业" not in blank_providers("对承租区属国有企业房屋的小微餐饮企业")
    assert "金融机构" not in blank_providers("鼓励金融机构向小微企业发放贷款")
    assert "汽车销售企业" not in blank_providers("对在本区汽车销售企业购买新车的个人给予补贴")
    loan = _measure("对中小微企业新获得的银行贷款给予50%贴息。合作银行不享受本项资金。")
    assert [c["entity_types"] for c in loan["eligibility"]["clauses"]] == [["企业"]]
    [verdict] = eligible(LARGE, [loan], TODAY)
    assert verdict["status"] == INELIGIBLE  # a 中小企业 benefit is never offered to a large enterprise
    # "并对评估费…给予补贴": 对 introduces what is paid for; "单个企业最高…" is a cap, not a new receiver
    fees = _measure("对获得银行贷款的科技型中小企业给予贴息，并对评估费、担保费给予全额补贴，单个企业年度最高50万元。")
    assert [c["sizes"] for c in fees["eligibility"]["clauses"]] == [["中型", "小型", "微型"]]
    assert eligible(LARGE, [fees], TODAY)[0]["status"] == INELIGIBLE


def test_a_trait_that_is_an_enterprise_is_not_said_twice():
    m = _measure("对国有企业给予一次性奖励10万元。")
    [verdict] = eligible(SMALL, [m], TODAY)
    assert "本条面向国有企业，您未选择" in verdict["reasons"]
    assert not any("企业企业" in r for r in verdict["reasons"])


def test_stores_and_shops_are_enterprises_and_individual_businesses():
    m = _measure("对在本区登记注册的餐饮、零售门店给予一次性补贴3000元。")
    [clause] = m["eligibility"]["clauses"]
    assert set(clause["entity_types"]) == {"企业", "个体工商户"}
    assert [eligible(p, [m], TODAY)[0]["status"] for p in (SMALL, SHOP)] == [ELIGIBLE, ELIGIBLE]
    only_shops = _measure("对个体工商户给予一次性补贴3000元。")
    assert eligible(SMALL, [only_shops], TODAY)[0]["status"] == INELIGIBLE


def test_duties_obligations_and_general_provisions_are_never_offered():
    for text in ("区商务局负责统筹协调全区消费促进工作。", "经营者应当明码标价。", "本办法自2026年1月1日起施行。"):
        [verdict] = eligible(SMALL, [_measure(text)], TODAY)
        assert verdict["status"] == INELIGIBLE, text
    [verdict] = eligible(SMALL, [_measure("经营者应当明码标价。")], TODAY)
    assert verdict["reasons"][1] == "本条是对企业或经营者的要求（企业义务），不是可以申请的待遇"


def test_a_right_is_offered_in_its_own_group_to_the_party_it_protects():
    m = _measure("大型企业从中小企业采购货物，应当自交付之日起45日内支付款项。")
    assert m["kind"] == RIGHT_KIND
    [small] = eligible(SMALL, [m], TODAY)
    assert small["status"] == RIGHT and small["basis"] == m["text"]
    assert small["reasons"][1] == "本条是您可以主张的权利（可主张的权利）：“应当自交付之日起45日内支付”"
    assert group_of(small) == RIGHT and GROUP_LABELS[RIGHT] == "可以主张的权利"
    [large] = eligible(LARGE, [m], TODAY)
    assert large["status"] == INELIGIBLE  # the party bound is not the party protected
    cash = _measure("机关和大型企业不得将保证金限定为现金。")
    assert [r["sizes"] for r in cash["eligibility"]["rights"]] == [[]]  # never "大型" only


@pytest.mark.parametrize("text, question", [
    ("对符合条件的小微企业给予一次性补贴5000元。", "是否符合本条所说的“符合条件”？具体条件原文未写明，请向责任单位确认"),
    ("对小微企业给予一次性补贴5000元。具体办法另行制定。", "是否符合本条所说的“具体办法另行制定”？具体条件原文未写明，请向责任单位确认"),
    ("对设备投资额在1000万元以上的小微企业给予10%补贴，最高200万元。", "是否满足本条写明的条件：“设备投资额在1000万元以上”？"),
])
def test_a_grant_whose_conditions_are_elsewhere_is_to_be_confirmed(text, question):
    [verdict] = eligible(SMALL, [_measure(text)], TODAY)
    assert verdict["status"] == MAYBE and verdict["missing"] == [question]
    [yes] = eligible({**SMALL, "confirmed": {question: True}}, [_measure(text)], TODAY)
    assert yes["status"] == ELIGIBLE


def test_a_party_that_may_sign_up_takes_the_measure_s_benefit():
    m = _measure("区商务局联合平台企业面向消费者发放消费券。在本区登记注册的餐饮门店可自愿报名参加。")
    assert any(set(c["entity_types"]) >= {"企业", "个体工商户"} and c["benefit_types"] == ["消费支持"]
               for c in m["eligibility"]["clauses"])


def test_a_withheld_grant_is_no_clause():
    m = _measure("对首次入选的企业给予一次性奖励50万元。同一企业多次入选的，不重复奖励。")
    assert [c["line"] for c in m["eligibility"]["clauses"]] == ["对首次入选的企业给予一次性奖励50万元。"]


def test_the_stored_measures_carry_their_kind(data_dir):
    from index.store import Store

    store = Store(data_dir)
    rent = store.measure("chaoyang-2022/4")
    assert rent["kind"] == "benefit" and rent["kind_basis"] in rent["text"]
    kinds = {m["kind"] for m in store.measures()}
    assert kinds <= {"benefit", "right", "duty", "obligation", "general"} and {"benefit", "duty"} <= kinds


def test_check_reports_the_kinds_of_each_document():
    env = {**os.environ, "POLICY_BROWSER_HOME": str(Path(os.environ.get("TMPDIR", "/tmp")) / "kinds-check-home")}
    done = subprocess.run([sys.executable, "-m", "index", "check"], capture_output=True, text=True, cwd=ROOT, env=env)
    lines = [line for line in done.stdout.splitlines() if line.strip().startswith("性质：")]
    assert len(lines) == 5
    assert "可申请的支持" in lines[0] and "政府职责" in lines[0] and "措施1“" in lines[0]


@pytest.mark.skipif(not REALDOCS.is_dir(), reason="real regulations not present")
def test_a_payment_regulation_offers_rights_to_small_firms_and_nothing_to_do_to_anyone(tmp_path):
    path = REALDOCS / "保障中小企业款项支付条例(2020-07-05).md"
    if not path.is_file():
        pytest.skip("payment regulation not present")
    done = subprocess.run([sys.executable, "-m", "index", "import", str(path), "--dry-run", "--json", "--district", "北京市"],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "POLICY_BROWSER_HOME": str(tmp_path)})
    measures = json.loads(done.stdout)["measures"]
    kinds = {m["number"]: m["kind"] for m in measures}
    assert kinds[1] == GENERAL and kinds[29] == GENERAL  # purpose; entry into force
    assert kinds[8] == RIGHT_KIND  # 应当自…之日起30日内支付
    assert kinds[25] == GENERAL  # liability of officials
    small = eligible({**SMALL, "district": "朝阳区"}, measures, TODAY)
    offered = [r for r in small if r["status"] != INELIGIBLE]
    assert offered and all(r["kind"] in (BENEFIT, RIGHT_KIND) for r in offered)
    large = eligible(LARGE, measures, TODAY)
    assert not [r["number"] for r in large if r["status"] == ELIGIBLE]


@pytest.mark.skipif(not (REALDOCS / "保障中小企业款项支付条例(2020-07-05).md").is_file(), reason="payment regulation not present")
def test_eligible_lists_rights_in_their_own_group(tmp_path):
    env = {**os.environ, "POLICY_BROWSER_HOME": str(tmp_path / "home")}
    data = str(tmp_path / "data")
    run = lambda *a: subprocess.run([sys.executable, "-m", "index", *a], capture_output=True, text=True, cwd=ROOT, env=env)
    assert run("build", "--data", data).returncode == 0
    imported = run("import", str(REALDOCS / "保障中小企业款项支付条例(2020-07-05).md"), "--district", "北京市", "--data", data)
    assert imported.returncode == 0, imported.stderr
    profile = tmp_path / "small.json"
    profile.write_text(json.dumps(SMALL, ensure_ascii=False), encoding="utf-8")
    text = run("eligible", "--profile", str(profile), "--data", data, "--today", "2026-12-04")
    assert text.returncode == 0, text.stderr
    assert "可以主张的权利" in text.stdout and "[可以主张的权利] import-" in text.stdout
    answer = json.loads(run("eligible", "--profile", str(profile), "--data", data, "--today", "2026-12-04", "--json").stdout)
    rights = [r for r in answer["results"] if r["status"] == "right"]
    assert rights and answer["groups"]["right"] == len(rights)
    assert all(r["kind"] == "right" and r["basis"] in r["text"] for r in rights)


def test_two_receivers_with_conditions_of_their_own_are_judged_apart():
    m = _measure("对研发费用同比增长的规模以上工业企业和科技型中小企业，按照研发费用增量的10%给予补贴。")
    audiences = [(c["industries"], c["traits"]) for c in m["eligibility"]["clauses"]]
    assert audiences == [(["制造业"], []), ([], ["科技型中小企业"])]
    assert eligible({**LARGE, "situations": ["有研发投入"]}, [m], TODAY)[0]["status"] == ELIGIBLE  # a 规模以上工业企业
    buyers = _measure("对年度采购本区中小企业产品和服务的大型企业和产业链龙头企业，按照采购增量的3%给予奖励。")
    assert all("中型" not in c["sizes"] for c in buyers["eligibility"]["clauses"])  # the supplier is not the receiver
    assert eligible(LARGE, [buyers], TODAY)[0]["status"] == ELIGIBLE


def test_a_grant_to_every_business_is_not_narrowed_by_a_size_named_beside_it():
    m = _measure("市金融部门应当为市场主体首贷、续贷提供贷款服务，提高对中小企业信贷规模。")
    assert m["kind"] == BENEFIT
    assert eligible({**LARGE, "situations": ["有融资需求"]}, [m], TODAY)[0]["status"] != INELIGIBLE


def test_a_grant_a_body_may_make_is_to_be_confirmed():
    m = _measure("区人力资源和社会保障部门可以通过社会保险补贴，支持用人单位吸纳就业。")
    [verdict] = eligible(SMALL, [m], TODAY)
    assert verdict["status"] == MAYBE
    assert verdict["missing"] == ["本条写的是“区人力资源和社会保障部门可以”，是否给予由主管部门决定：是否已向责任单位确认可以享受？"]
