"""Which measures an enterprise profile may claim, and why: a small pure function over rules-as-data.

Rules are the measure's clauses (index/taxonomy.py: one per benefit-granting sentence, or reviewed in
resources/measure_overrides.toml). A measure applies when its district fits and any one clause is met:
  - entity type: the profile's is among the clause's;
  - size: only for enterprises, and only when the clause names sizes (小微企业 → 小型、微型);
  - industries / traits: any one of the clause's;
  - situations: all of them; a situation the profile does not list is a "no" → ineligible (not maybe);
  - ask: a condition outside the profile vocabulary → at best "maybe", with the question to ask.
A field that is absent or null in the profile is "not known" → "maybe", and `missing` says what to ask.
Expired measures are judged the same way and marked by deadline_status, so a clerk can explain them.
"""
from __future__ import annotations

from datetime import date

from index import metadata
from index.deadlines import deadline_note, measure_deadline, measure_status
from index.metadata import MUNICIPAL
from index.taxonomy import ENTERPRISE, load_taxonomy, tag_measure

ELIGIBLE, MAYBE, INELIGIBLE = "eligible", "maybe", "ineligible"
# where an enterprise can be (a profile's district): the 16 districts and the economic zone
DISTRICTS = (*metadata.DISTRICTS, metadata.ECONOMIC_ZONE)
_RANK = {INELIGIBLE: 0, MAYBE: 1, ELIGIBLE: 2}

Q_DISTRICT = "企业注册（经营）在哪个区？"
Q_ENTITY = "您是企业、个体工商户、社会组织、事业单位、农业经营主体，还是个人？"
Q_SIZE = "企业规模是大型、中型、小型还是微型？"
Q_INDUSTRY = "所属行业是什么？"
Q_TRAITS = "企业是否具备以下特征：{}？"


def _join(values: list[str]) -> str:
    return "、".join(values)


def _district(profile: dict, measure: dict) -> tuple[str, list[str], list[str]]:
    district = measure.get("district")
    mine = profile.get("district")
    if district == MUNICIPAL or not district:
        return ELIGIBLE, ["本条为北京市市级政策，全市适用"], []
    if mine is None:
        return MAYBE, [f"本条只适用{district}"], [Q_DISTRICT]
    if mine == district:
        return ELIGIBLE, [f"您所在区：{mine}，本条适用{district}"], []
    return INELIGIBLE, [f"您所在区：{mine}，本条只适用{district}"], []


def _clause(profile: dict, clause: dict, situation_questions: dict[str, str]) -> tuple[str, list[str], list[str], int]:
    """(status, reasons, missing, number of failed conditions) of one clause."""
    ok, fail, missing = [], [], []
    entity = profile.get("entity_type")
    entities = clause.get("entity_types") or []
    if entities:
        if entity is None:
            missing.append(Q_ENTITY)
        elif entity in entities:
            ok.append(f"本条面向{_join(entities)}；您是{entity}")
        else:
            fail.append(f"本条面向{_join(entities)}；您是{entity}")
    sizes = clause.get("sizes") or []
    if sizes and ENTERPRISE in entities and entity in (ENTERPRISE, None):
        size = profile.get("size")
        if size is None:
            missing.append(Q_SIZE)
        elif size in sizes:
            ok.append(f"本条限{_join(sizes)}企业；您的企业规模：{size}")
        else:
            fail.append(f"本条限{_join(sizes)}企业；您的企业规模是{size}")
    industries = clause.get("industries") or []
    if industries:
        mine = profile.get("industries") or []
        hit = [i for i in mine if i in industries]
        if not mine:
            missing.append(Q_INDUSTRY)
        elif hit:
            ok.append(f"本条限定行业，您的行业“{_join(hit)}”在其中")
        else:
            fail.append(f"本条只适用{_join(industries)}等行业；您的行业：{_join(mine)}")
    traits = clause.get("traits") or []
    if traits:
        mine = profile.get("traits")
        hit = [t for t in mine or [] if t in traits]
        if mine is None:
            missing.append(Q_TRAITS.format("或".join(traits)))
        elif hit:
            ok.append(f"本条面向{_join(traits)}企业；您是{_join(hit)}")
        else:
            fail.append(f"本条面向{_join(traits)}企业，您未选择")
    situations = clause.get("situations") or []
    mine = profile.get("situations")
    for situation in situations:
        if mine is None:
            missing.append(situation_questions.get(situation) or f"是否{situation}？")
        elif situation in mine:
            ok.append(f"本条要求{situation}，您已选择")
        else:
            fail.append(f"本条要求{situation}，您未选择")
    # conditions outside the profile vocabulary: settled by what the clerk confirmed with the visitor
    confirmed = profile.get("confirmed") or {}
    for question in clause.get("ask") or []:
        if confirmed.get(question) is True:
            ok.append(f"已当面确认：{question}（是）")
        elif confirmed.get(question) is False:
            fail.append(f"已当面确认：{question}（否）")
        else:
            missing.append(question)
    status = INELIGIBLE if fail else MAYBE if missing else ELIGIBLE
    return status, fail + ok, missing, len(fail)


def rules_of(measure: dict) -> dict:
    """The measure's stored rules, or derived now (a freshly imported measure has none stored)."""
    rules = measure.get("eligibility")
    if isinstance(rules, dict) and "clauses" in rules:
        return rules
    tags = tag_measure(measure)
    return {"clauses": tags["eligibility"]["clauses"], "government_only": tags["government_only"]}


def judge(profile: dict, measure: dict, today: date) -> dict:
    """One measure against one profile: {status, reasons, missing, basis, deadline, deadline_status}."""
    rules = rules_of(measure)
    clauses = rules.get("clauses") or []
    d_status, d_reasons, d_missing = _district(profile, measure)
    questions = {r.name: r.question for r in load_taxonomy().situations}
    if not (measure.get("text") or "").strip():
        status, reasons, missing, basis = INELIGIBLE, ["收集到的原文缺少本条正文，无法判断是否适用，请查阅原件"], [], None
    elif not clauses:
        status, reasons, missing, basis = INELIGIBLE, ["本条是政府部门的工作任务（政府工作），不直接面向企业或个人申请"], [], None
    else:
        judged = [(_clause(profile, c, questions), c) for c in clauses]
        (status, reasons, missing, _), best = max(judged, key=lambda j: (_RANK[j[0][0]], -j[0][3], -len(j[0][2])))
        basis = best.get("basis")
        if status == MAYBE:
            # any open clause could settle it: ask what each of them needs, the closest clause first
            missing = missing + [q for (st, _, qs, _), _ in judged if st == MAYBE for q in qs]
    status = min(status, d_status, key=_RANK.get)
    deadline_status = measure_status(measure, today)
    deadline = measure_deadline(measure)
    return {
        "status": status,
        "reasons": d_reasons + reasons + [deadline_note(measure, today)],
        "deadline_note": deadline_note(measure, today),
        "missing": list(dict.fromkeys(d_missing + missing)) if status == MAYBE else [],
        "basis": basis,
        "deadline": deadline,
        "deadline_status": deadline_status,
    }


def eligible(profile: dict, measures: list[dict], today: date | None = None) -> list[dict]:
    """Each measure + its verdict for `profile`, in the order given (the caller filters and sorts)."""
    today = today or date.today()
    return [{**measure, **judge(profile, measure, today)} for measure in measures]
