"""A party named by reference to other articles of the same text (issue 23, regulations): "对本条例第五条第二项规定的
人员…给予…" reads who benefits from the item referred to, and asks whether the visitor is one of them. Text written
for these tests in the shape regulations use."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import eligible
from index.facts.references import referred_words
from index.records import measure_records
from index.source.parser import parse_text

TODAY = date(2026, 12, 4)
SHOP = {"district": "朝阳区", "entity_type": "个体工商户", "size": None, "industries": ["批发零售"], "traits": [],
        "situations": None}
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}

ARTICLE_5 = ("本市对下列单位、人员按照规定给予创业扶持：（一）招用退役军人的小型微型企业；（二）从事个体经营的退役军人；"
             "（三）其他符合条件的单位。")
ARTICLE_6 = "对本条例第五条第二项规定的人员，有关部门应当在经营场所等方面给予便利，免除登记类行政事业性收费。"


def test_the_words_of_the_items_referred_to():
    assert referred_words(ARTICLE_6, {5: ARTICLE_5}) == "从事个体经营的退役军人"
    assert referred_words("对本条例第五条规定的单位给予奖励。", {5: ARTICLE_5}) == ARTICLE_5
    assert referred_words(ARTICLE_6, {4: "…"}) == ""  # an article the text does not hold: nothing read


def test_a_receiver_named_by_reference_is_the_party_of_the_item_referred_to_and_asked():
    raw = ("某市退役军人创业促进条例\n\n第一条 为了促进退役军人创业，制定本条例。\n\n第二条 本条例适用于本市行政区域。\n\n"
           "第三条 市人民政府统筹推进退役军人创业工作。\n\n第四条 区人民政府负责本区退役军人创业工作。\n\n"
           f"第五条 {ARTICLE_5}\n\n第六条 {ARTICLE_6}\n\n第七条 本条例自2026年1月1日起施行。\n")
    doc = parse_text(raw, district="北京市")
    records = {r["number"]: r for r in measure_records("test-references", doc)}
    sixth = records[6]
    assert sixth["kind"] == "benefit" and "referred" not in sixth
    [shop] = eligible(SHOP, [sixth], TODAY)
    [small] = eligible(SMALL, [sixth], TODAY)
    assert shop["status"] == "maybe" and small["status"] == "ineligible"
    [clause] = sixth["eligibility"]["clauses"]
    assert any("本条例第五条第二项规定的" in q and "从事个体经营的退役军人" in q for q in clause["ask"])
