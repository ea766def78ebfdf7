"""Eligibility of real profiles against the real corpus: literal sets read off the measures' text.

The judging date is fixed (2026-01-01), so every 2022 measure is listed but marked 已过期.
"""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, eligible
from index.facts.profile import validate_profile

TODAY = date(2026, 1, 1)
M, H = "beijing-2022-manufacturing/", "beijing-2022-high-end/"
C, P, CP = "chaoyang-2022/", "pinggu-2022/", "changping-2022/"
# measures every enterprise may have to ask about: 白名单, 高精尖项目库, 市级重大项目
PROJECT_MAYBES = {M + "2", H + "4", H + "10", H + "15"}

PROFILES = {
    # 朝阳区的小餐馆，租国有房屋，受疫情影响困难
    "chaoyang_restaurant": (
        {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": ["租用国有房屋", "受疫情影响经营困难"]},
        {M + "6", M + "7", M + "11", M + "13", C + "1", C + "2", C + "3", C + "4", C + "9", C + "10", C + "11", C + "15",
         C + "16", C + "17", C + "41"},
        # C36: the 餐饮 project funding asks whether it is a 生活服务业发展项目
        PROJECT_MAYBES | {H + "14", C + "12", C + "13", C + "18", C + "19", C + "36"},
        # not: 融资担保 without a loan need, 欠费不停供 without arrears, 上市, 平谷/昌平 rent relief, 政府工作
        {C + "8", C + "5", C + "25", P + "4", CP + "4", C + "14", C + "45", M + "1"},
    ),
    # 平谷区的农民专业合作社，要贷款
    "pinggu_coop": (
        {"district": "平谷区", "entity_type": "农业经营主体", "size": None, "industries": ["农业"], "traits": [],
         "situations": ["有融资需求"]},
        {P + "8", P + "42", P + "46", P + "49", P + "51"},
        {P + "41"},
        {P + "54", C + "44", CP + "58", P + "4", C + "7"},
    ),
    # 海淀区的中型信息技术企业：没有海淀的文件，只有市级措施
    "haidian_firm": (
        {"district": "海淀区", "entity_type": "企业", "size": "中型", "industries": ["信息技术"], "traits": [], "situations": []},
        {M + "7", M + "11", M + "13"},  # M7: the 1% unemployment rate; M13: training subsidy, talent
        PROJECT_MAYBES | {H + "14"},
        {M + "6", C + "1", C + "15", P + "1", CP + "1", M + "14"},
    ),
    # 朝阳区的个人，买乘用车
    "car_buyer": (
        {"district": "朝阳区", "entity_type": "个人", "size": None, "industries": [], "traits": [], "situations": ["购买乘用车"]},
        {C + "36"},  # the 餐饮消费券 are for consumers
        # C7: deferral of personal housing/consumer loans, asked at the desk
        {M + "1", M + "14", C + "3", C + "7", C + "33", C + "38", C + "40", C + "41", C + "44"},
        {C + "1", C + "4", P + "35", CP + "47", C + "39"},
    ),
    # 昌平区的“专精特新”小型制造企业，有研发、购置设备、有投资项目
    "changping_zjtx": (
        {"district": "昌平区", "entity_type": "企业", "size": "小型", "industries": ["制造业"], "traits": ["专精特新"],
         "situations": ["有研发投入", "购置设备", "有固定资产投资项目"]},
        {M + "1", M + "3", M + "4", M + "5", M + "6", M + "7", M + "10", M + "11", M + "13", M + "14", H + "12", CP + "1",
         CP + "8", CP + "12", CP + "13", CP + "14", CP + "16", CP + "19", CP + "20", CP + "21", CP + "23", CP + "35", CP + "49"},
        PROJECT_MAYBES | {H + "8", H + "14", CP + "17", CP + "22"},
        # 专精特新 listing needs 计划上市挂牌; 报备即批准 needs 受疫情影响; loans need 有融资需求; 朝阳 measures
        {M + "8", CP + "29", CP + "11", H + "11", C + "24", CP + "4"},
    ),
    # 平谷区的个体工商户（零售），租国有房屋，受疫情影响，欠水电费
    "pinggu_getihu": (
        {"district": "平谷区", "entity_type": "个体工商户", "size": None, "industries": ["批发零售"], "traits": [],
         "situations": ["受疫情影响经营困难", "租用国有房屋", "欠缴水电气费"]},
        {M + "6", M + "7", P + "4", P + "5"},
        {P + "2", P + "41", P + "42"},  # P2: a sole trader defers only when insured as a unit (以单位方式参保)
        {C + "4", C + "5", P + "7", P + "14", P + "13"},
    ),
    # 朝阳区的大型楼宇运营企业，为租户减免了房租
    "chaoyang_landlord": (
        {"district": "朝阳区", "entity_type": "企业", "size": "大型", "industries": ["商务服务"], "traits": [],
         "situations": ["减免了租户房租"]},
        {M + "7", M + "13", C + "1", C + "9", C + "10", C + "11", C + "16", C + "17"},
        PROJECT_MAYBES | {H + "14", C + "4", C + "12", C + "18", C + "19"},
        {C + "13", C + "15", M + "6", M + "11"},
    ),
    # 朝阳区承租非国有房屋、为租户减免房租的科技型孵化器
    "chaoyang_incubator": (
        {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["科技服务"], "traits": ["科技型孵化器"],
         "situations": ["租用非国有房屋", "减免了租户房租"]},
        {M + "6", M + "7", M + "11", M + "13", C + "1", C + "4", C + "9", C + "10", C + "11", C + "15", C + "16", C + "17"},
        PROJECT_MAYBES | {H + "14", C + "12", C + "13", C + "18", C + "19"},
        {C + "2", C + "3", C + "5", P + "4", CP + "5"},
    ),
    # 朝阳区的中型高新技术企业，计划上市，受疫情影响
    "chaoyang_listing": (
        {"district": "朝阳区", "entity_type": "企业", "size": "中型", "industries": ["信息技术"], "traits": ["高新技术企业"],
         "situations": ["计划上市挂牌", "受疫情影响经营困难"]},
        {M + "7", M + "11", M + "13", C + "1", C + "2", C + "3", C + "9", C + "10", C + "11", C + "15", C + "16", C + "17",
         C + "25", C + "26"},
        # C35: "研究对符合条件的优质直播电商服务机构给予…": conditions written elsewhere → 需确认 (issue 23)
        PROJECT_MAYBES | {H + "14", C + "12", C + "13", C + "18", C + "19", C + "35"},
        # 小微 only: rent relief, 留抵退税 for 小微; 专精特新 listing; 平台企业 listing
        {C + "4", C + "5", M + "8", C + "21"},
    ),
    # 朝阳区的社会组织（培训），招用应届高校毕业生
    "chaoyang_ngo_hiring": (
        {"district": "朝阳区", "entity_type": "社会组织", "size": None, "industries": ["教育培训"], "traits": [],
         "situations": ["招用应届高校毕业生"]},
        {M + "7", C + "39"},  # M7: the 1% unemployment rate applies to every insured employer
        {C + "2"},  # 社会组织 defer social insurance when in the enterprise pension scheme
        {C + "3", C + "1", CP + "53", P + "40"},
    ),
    # 北京经济技术开发区的大型制造业龙头企业
    "etdz_big_maker": (
        {"district": "北京经济技术开发区", "entity_type": "企业", "size": "大型", "industries": ["制造业"],
         "traits": ["产业链龙头企业"], "situations": []},
        {M + "1", M + "3", M + "5", M + "6", M + "7", M + "10", M + "13", M + "14", H + "12"},
        PROJECT_MAYBES | {H + "8", H + "14"},
        {M + "11", C + "20", CP + "26", P + "21"},
    ),
    # 昌平区的个人，报废旧车换购新能源车
    "changping_scrap_car": (
        {"district": "昌平区", "entity_type": "个人", "size": None, "industries": [], "traits": [],
         "situations": ["报废旧车换购新能源车"]},
        {CP + "47", CP + "50"},  # CP50: the 餐饮消费券 are for consumers
        {M + "1", M + "14", CP + "3", CP + "10", CP + "52", CP + "54", CP + "58"},
        {C + "33", CP + "45"},
    ),
}


@pytest.fixture(scope="module")
def measures(data_dir):
    from index.store import Store

    return Store(data_dir).measures()


def _by_status(results, status):
    return {r["id"] for r in results if r["status"] == status}


@pytest.mark.parametrize("name", list(PROFILES))
def test_profiles(measures, name):
    profile, want_eligible, want_maybe, must_not = PROFILES[name]
    assert validate_profile(profile) == []
    results = eligible(profile, measures, TODAY)
    assert len(results) == len(measures)  # every measure is judged, expired ones too
    assert _by_status(results, ELIGIBLE) == want_eligible
    assert _by_status(results, MAYBE) == want_maybe
    by_id = {r["id"]: r for r in results}
    for measure_id in must_not:
        assert by_id[measure_id]["status"] == INELIGIBLE, measure_id
        assert by_id[measure_id]["reasons"], measure_id
    for r in results:
        assert r["deadline_status"] in ("已过期", "未注明期限"), r["id"]
        if r["status"] == MAYBE:
            assert r["missing"], r["id"]


def test_restaurant_reasons(measures):
    profile = PROFILES["chaoyang_restaurant"][0]
    rent = next(r for r in eligible(profile, measures, TODAY) if r["id"] == C + "4")
    assert rent["status"] == ELIGIBLE
    assert "您所在区：朝阳区，本条适用朝阳区" in rent["reasons"]
    assert "本条要求租用国有房屋，您已选择" in rent["reasons"]
    assert rent["basis"].startswith("2022年对承租区内各类国有房屋")
    assert rent["deadline"] == "2022-12-31" and rent["deadline_status"] == "已过期"
    assert any("已过期" in reason for reason in rent["reasons"])
    assert "减免6个月房屋租金" in rent["amounts"]


def test_a_missing_situation_makes_ineligible_not_maybe(measures):
    profile = {**PROFILES["chaoyang_restaurant"][0], "situations": ["受疫情影响经营困难"]}
    rent = next(r for r in eligible(profile, measures, TODAY) if r["id"] == C + "4")
    assert rent["status"] == INELIGIBLE
    assert "本条要求租用国有房屋，您未选择" in rent["reasons"]


def test_size_words(measures):
    medium = {**PROFILES["chaoyang_restaurant"][0], "size": "中型"}
    by_id = {r["id"]: r for r in eligible(medium, measures, TODAY)}
    assert by_id[C + "4"]["status"] == INELIGIBLE  # 小微企业 excludes 中型
    assert any("小型、微型" in reason for reason in by_id[C + "4"]["reasons"])
    assert by_id[C + "2"]["status"] == ELIGIBLE  # 中小微企业 includes 中型


def test_district(measures):
    profile = {**PROFILES["chaoyang_restaurant"][0], "district": "海淀区"}
    results = eligible(profile, measures, TODAY)
    assert not {r["id"] for r in results if r["status"] != INELIGIBLE and r["district"] != "北京市"}
    rent = next(r for r in results if r["id"] == C + "4")
    assert "您所在区：海淀区，本条只适用朝阳区" in rent["reasons"]
    municipal = next(r for r in results if r["id"] == M + "6")
    assert "本条为北京市市级政策，全市适用" in municipal["reasons"]


def test_unknown_fields_give_maybe_with_questions(measures):
    by_id = {r["id"]: r for r in eligible({"district": "朝阳区"}, measures, TODAY)}
    rent = by_id[C + "4"]
    assert rent["status"] == MAYBE
    assert "经营场所是否租用国有房屋？" in rent["missing"]
    assert any("规模" in q for q in rent["missing"])
    assert by_id[P + "4"]["status"] == INELIGIBLE  # a known district still excludes
    nowhere = {r["id"]: r for r in eligible({}, measures, TODAY)}
    assert "企业注册（经营）在哪个区？" in nowhere[C + "4"]["missing"]


def test_government_work_is_never_offered(measures):
    gov = [m for m in measures if m["government_only"]]
    assert gov
    everything = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"],
                  "traits": ["国有企业"], "situations": ["受疫情影响经营困难"]}
    for r in eligible(everything, gov, TODAY):
        assert r["status"] == INELIGIBLE
        assert "政府工作" in r["reasons"][1]


def test_measure_still_valid_on_an_earlier_date(measures):
    rent = next(r for r in eligible(PROFILES["chaoyang_restaurant"][0], measures, date(2022, 7, 1)) if r["id"] == C + "4")
    assert rent["deadline_status"] == "有效" and rent["status"] == ELIGIBLE


def test_validate_profile():
    assert validate_profile({"district": "朝阳", "situations": ["租房"]}) == [
        validate_profile({"district": "朝阳"})[0], validate_profile({"situations": ["租房"]})[0]]
    assert validate_profile([]) and validate_profile({"industries": "农业"})


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "index", *args], capture_output=True, text=True, encoding="utf-8")


def test_cli_eligible(data_dir, tmp_path):
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps(PROFILES["chaoyang_restaurant"][0], ensure_ascii=False), encoding="utf-8")
    done = _cli("eligible", "--data", str(data_dir), "--profile", str(profile), "--json", "--today", "2026-01-01")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["profile"]["district"] == "朝阳区"
    assert {r["id"] for r in out["results"] if r["status"] == "eligible"} == PROFILES["chaoyang_restaurant"][1]
    assert all(r["status"] != "ineligible" for r in out["results"])
    done = _cli("eligible", "--data", str(data_dir), "--profile", str(profile), "--all", "--json")
    assert len(json.loads(done.stdout)["results"]) == 189
    table = _cli("eligible", "--data", str(data_dir), "--profile", str(profile))
    assert table.returncode == 0 and "[符合] chaoyang-2022/4" in table.stdout


def test_cli_eligible_errors(data_dir, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"district": "朝阳区",\n "size": }', encoding="utf-8")
    done = _cli("eligible", "--data", str(data_dir), "--profile", str(bad))
    assert done.returncode != 0 and "第2行" in done.stderr and not done.stdout
    bad.write_text('{"entity_type": "公司"}', encoding="utf-8")
    done = _cli("eligible", "--data", str(data_dir), "--profile", str(bad))
    assert done.returncode != 0 and "公司" in done.stderr
    done = _cli("eligible", "--data", str(data_dir), "--profile", str(tmp_path / "none.json"))
    assert done.returncode != 0 and "无法读取" in done.stderr



def test_a_condition_confirmed_with_the_visitor_settles_a_maybe(data_dir):
    from datetime import date as _date

    from index.facts.eligibility import eligible as _eligible
    from index.store import Store

    measure = Store(data_dir).measure("chaoyang-2022/33")  # car purchase tax halved, with conditions on the car
    question = "所购乘用车是否为2.0升及以下排量、单车价格（不含增值税）不超过30万元？"
    assert question in [q for c in measure["eligibility"]["clauses"] for q in c.get("ask") or []]
    profile = {"district": "朝阳区", "entity_type": "个人", "situations": ["购买乘用车"]}
    day = _date(2022, 7, 1)
    [maybe] = _eligible(profile, [measure], day)
    assert maybe["status"] == "maybe" and question in maybe["missing"]
    [yes] = _eligible({**profile, "confirmed": {question: True}}, [measure], day)
    assert yes["status"] == "eligible" and f"已当面确认：{question}（是）" in yes["reasons"]
    [no] = _eligible({**profile, "confirmed": {question: False}}, [measure], day)
    assert no["status"] == "ineligible" and f"已当面确认：{question}（否）" in no["reasons"]



def test_a_measure_whose_text_was_lost_is_not_called_a_government_task(data_dir):
    from datetime import date as _date

    from index.facts.eligibility import eligible as _eligible
    from index.store import Store

    lost = Store(data_dir).measure("pinggu-2022/29")
    assert lost["flags"] == ["编号推定", "原文缺失"]
    assert lost["government_only"] is False and lost["benefit_types"] == []
    [result] = _eligible({"district": "平谷区", "entity_type": "企业"}, [lost], _date(2022, 7, 1))
    assert result["status"] == "ineligible"
    assert result["reasons"][-2] == "收集到的原文缺少本条正文，无法判断是否适用，请查阅原件"


def test_a_retail_sole_trader_gets_loan_deferral_not_only_truck_drivers(data_dir):
    from datetime import date as _date

    from index.facts.eligibility import eligible as _eligible
    from index.store import Store

    measures = [Store(data_dir).measure(i) for i in ("pinggu-2022/7", "changping-2022/10", "chaoyang-2022/7")]
    profile = {"district": "平谷区", "entity_type": "个体工商户", "industries": ["批发零售"], "traits": [],
               "situations": ["受疫情影响经营困难", "有融资需求"]}
    verdicts = {r["id"]: r["status"] for r in _eligible(profile, measures, _date(2022, 7, 1))}
    assert verdicts == {"pinggu-2022/7": "eligible", "changping-2022/10": "ineligible", "chaoyang-2022/7": "ineligible"}
