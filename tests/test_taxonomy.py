"""Tags come from the text via resources/taxonomy.toml; overrides are reviewed and quote the text."""
from __future__ import annotations

import pytest

from index.source.sentences import split_sentences
from index.facts.taxonomy import GOVERNMENT, load_taxonomy, tag_measure

CONTRACT_BENEFITS = ["税费减免", "社保缓缴", "公积金缓缴", "租金减免", "资金补贴奖励", "贷款贴息", "融资担保", "信贷支持", "保险",
                     "审批便利", "证照延期", "政府采购", "就业支持", "消费支持", "用地用能", "人才保障", "上市支持", "要素保障"]
CONTRACT_INDUSTRIES = ["制造业", "信息技术", "科技服务", "批发零售", "住宿餐饮", "文化旅游体育", "交通运输物流", "建筑业", "房地产",
                       "金融", "农业", "医药健康", "商务服务", "教育培训"]
CONTRACT_TRAITS = ["专精特新", "高新技术企业", "科技型中小企业", "科技型孵化器", "平台企业", "外资企业", "外贸企业", "产业链龙头企业", "国有企业"]
CONTRACT_SITUATIONS = ["受疫情影响经营困难", "租用国有房屋", "租用非国有房屋", "减免了租户房租", "位于疫情中高风险地区", "有融资需求",
                       "欠缴水电气费", "计划上市挂牌", "招用应届高校毕业生", "购置设备", "有研发投入", "有固定资产投资项目", "购买乘用车",
                       "报废旧车换购新能源车", "进口货物", "首次创业"]


@pytest.fixture(scope="module")
def measures(data_dir):
    from index.store import Store

    return {m["id"]: m for m in Store(data_dir).measures()}


def test_vocabulary_covers_the_contract():
    tax = load_taxonomy()
    assert set(CONTRACT_BENEFITS) <= set(tax.names("benefit_types"))
    assert tax.names("industries") == CONTRACT_INDUSTRIES
    assert tax.names("traits") == CONTRACT_TRAITS
    assert tax.names("situations") == CONTRACT_SITUATIONS
    for kind in ("industries", "benefit_types", "entity_types", "traits", "situations"):
        assert all(r.explain for r in getattr(tax, kind)), kind


def test_size_words_mean_what_they_say():
    def sizes(text):
        return tag_measure({"id": "x/1", "text": text})["sizes"]

    assert sizes("对小微企业和个体工商户减免房屋租金。") == ["小型", "微型"]
    assert sizes("对中小微企业给予融资担保支持。") == ["中型", "小型", "微型"]
    assert sizes("预留40%以上预算总额专门面向中小企业采购。") == ["中型", "小型", "微型"]
    assert sizes("对制造业企业给予资金支持。") == []


def test_government_tasks_are_never_offered():
    tags = tag_measure({"id": "x/1", "text": "加快财政支出进度，压减会议、培训、差旅等一般性支出。深化安全生产专项整治行动。"})
    assert tags["government_only"] and tags["benefit_types"] == [GOVERNMENT] and tags["eligibility"]["clauses"] == []


def test_procurement_from_small_firms_benefits_small_firms(measures):
    m = measures["chaoyang-2022/15"]
    assert m["benefit_types"] == ["政府采购"] and not m["government_only"]
    assert m["entity_types"] == ["企业"] and m["sizes"] == ["中型", "小型", "微型"]


def test_every_measure_is_tagged(measures):
    assert len(measures) == 15 + 16 + 45 + 55 + 58
    tax = load_taxonomy()
    for m in measures.values():
        if m["government_only"]:
            assert m["benefit_types"] == [GOVERNMENT] and m["entity_types"] == [], m["id"]
            continue
        if "原文缺失" in m["flags"]:  # the source lost the text: nothing to tag, nothing offered
            assert m["benefit_types"] == [] and m["eligibility"]["clauses"] == [], m["id"]
            continue
        if "文本不完整" in m["flags"] and not m["eligibility"]["clauses"]:  # a bare lead sentence survives: unknown
            assert m["benefit_types"] == [], m["id"]
            continue
        assert m["benefit_types"] and m["entity_types"], m["id"]
        assert set(m["benefit_types"]) <= set(tax.names("benefit_types")), m["id"]
        assert set(m["industries"]) <= set(CONTRACT_INDUSTRIES), m["id"]
        assert set(m["traits_required"]) <= set(CONTRACT_TRAITS), m["id"]
        assert set(m["situations_required"]) <= set(CONTRACT_SITUATIONS), m["id"]
        for clause in m["eligibility"]["clauses"]:
            # nothing invented: every clause is a sentence of the measure, its benefit line a cut of it
            assert clause["basis"] in m["text"], m["id"]
            assert clause["line"] in m["text"], m["id"]


@pytest.mark.parametrize("measure_id, benefit, entity, sizes", [
    ("chaoyang-2022/2", "社保缓缴", "个体工商户", ["中型", "小型", "微型"]),
    ("chaoyang-2022/3", "公积金缓缴", "企业", []),
    ("chaoyang-2022/4", "租金减免", "个体工商户", ["小型", "微型"]),
    ("chaoyang-2022/5", "用地用能", "个体工商户", ["小型", "微型"]),
    ("chaoyang-2022/8", "融资担保", "企业", ["小型", "微型"]),
    ("chaoyang-2022/25", "上市支持", "企业", []),
    ("chaoyang-2022/33", "消费支持", "个人", []),
    ("chaoyang-2022/39", "就业支持", "社会组织", []),
    ("beijing-2022-manufacturing/6", "税费减免", "个体工商户", ["小型", "微型"]),
    ("beijing-2022-high-end/11", "贷款贴息", "企业", []),
    ("pinggu-2022/4", "租金减免", "个体工商户", ["中型", "小型", "微型"]),
    ("pinggu-2022/51", "贷款贴息", "农业经营主体", []),
    ("changping-2022/47", "消费支持", "个人", []),
])
def test_measure_tags(measures, measure_id, benefit, entity, sizes):
    m = measures[measure_id]
    assert benefit in m["benefit_types"]
    assert entity in m["entity_types"]
    assert m["sizes"] == sizes


def test_district_measures_tag_industries_from_their_words(measures):
    assert "住宿餐饮" in measures["chaoyang-2022/36"]["industries"]
    assert "农业" in measures["pinggu-2022/51"]["industries"]
    assert "制造业" in measures["beijing-2022-manufacturing/5"]["industries"]


@pytest.mark.parametrize("measure_id", [
    "chaoyang-2022/14", "chaoyang-2022/42", "chaoyang-2022/45", "pinggu-2022/13", "changping-2022/18",
    "beijing-2022-high-end/2", "beijing-2022-manufacturing/15",
])
def test_government_measures(measures, measure_id):
    assert measures[measure_id]["government_only"]
    assert measures[measure_id]["benefit_types"] == [GOVERNMENT]


def test_overrides_are_reviewed_and_quote_the_text(measures):
    tax = load_taxonomy()
    assert tax.overrides
    for measure_id, item in tax.overrides.items():
        assert item["why"].strip(), measure_id
        assert measure_id in measures, f"override for unknown measure {measure_id}"
        for clause in item.get("clauses", []):
            assert clause["basis"] in measures[measure_id]["text"], measure_id


def test_split_sentences():
    assert split_sentences("一。二；三") == ["一。", "二；", "三"]


def test_check_reports_untagged(parsed):
    from index.check import check_document

    for doc_id, doc in parsed.items():
        report = check_document(doc_id, doc, [], None)
        assert report.untagged == [], doc_id
