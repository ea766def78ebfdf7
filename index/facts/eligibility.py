"""Which measures an enterprise profile may claim, and why: a small pure function over rules-as-data.

Rules are the measure's clauses (index/facts/taxonomy.py: one per benefit-granting sentence, or reviewed in
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

from index.facts.attainment import attaining_question
from index.facts.deadlines import EXPIRED, NOT_YET, confirm_question, deadline_note, measure_deadline, measure_status
from index.records import annotate_measure
from index.facts.kinds import BENEFIT, DUTY, GENERAL, KIND_LABELS, OBLIGATION, RIGHT as RIGHT_KIND
from index.facts.taxonomy import ENTERPRISE, ENTITY_TYPES, load_taxonomy
from index.vocab import ELIGIBLE, ENTERPRISE_PLACES, FLAG_TEXT_INCOMPLETE, INELIGIBLE, MAYBE, MUNICIPAL

# where an enterprise can be (a profile's district): the 16 districts and the economic zone
DISTRICTS = ENTERPRISE_PLACES  # a profile's district (see index.vocab)
_RANK = {INELIGIBLE: 0, MAYBE: 1, ELIGIBLE: 2}
RIGHT = "right"  # contract: a right the profile may invoke (its own group, 可以主张的权利), never "eligible"
# why a provision that is not a benefit is never offered (政府职责's words are those of 政府工作 before kinds)
NOT_OFFERED = {
    OBLIGATION: "本条是对企业或经营者的要求（企业义务），不是可以申请的待遇",
    GENERAL: "本条是一般规定（目的、适用范围、定义、法律责任或施行日期等），不是可以申请的待遇",
}

Q_DISTRICT = "企业注册（经营）在哪个区？"
Q_ENTITY = "您是企业、个体工商户、社会组织、事业单位、农业经营主体，还是个人？"
Q_SIZE = "企业规模是大型、中型、小型还是微型？"
Q_INDUSTRY = "所属行业是什么？"
Q_TRAITS = "企业是否具备以下特征：{}？"


def _join(values: list[str]) -> str:
    return "、".join(values)


def _enterprises(traits: list[str]) -> list[str]:
    """"国有企业" stays "国有企业", "专精特新" becomes "专精特新企业" (never "国有企业企业")."""
    return [t if t.endswith(("企业", "孵化器")) else f"{t}企业" for t in traits]


def _district(profile: dict, measure: dict) -> tuple[str, list[str], list[dict]]:
    district = measure.get("district")
    mine = profile.get("district")
    if district == MUNICIPAL or not district:
        return ELIGIBLE, ["本条为北京市市级政策，全市适用"], []
    if mine is None:
        return MAYBE, [f"本条只适用{district}"], [question("district", [district], Q_DISTRICT)]
    if mine == district:
        return ELIGIBLE, [f"您所在区：{mine}，本条适用{district}"], []
    return INELIGIBLE, [f"您所在区：{mine}，本条只适用{district}"], []


def _clause(profile: dict, clause: dict, situation_questions: dict[str, str]) -> tuple[str, list[str], list[dict], int, int]:
    """(status, reasons, questions, number of failed conditions, fit) of one clause.

    fit counts the conditions the profile meets that are specific to it (industry, trait, situation,
    size): a benefit for "餐饮企业承租国有房屋" fits a restaurant better than one for "企业"."""
    ok, fail, missing = [], [], []
    fit = 0
    entity = profile.get("entity_type")
    entities = clause.get("entity_types") or []
    if entities:
        if entity is None:
            missing.append(question(KIND_ENTITY, None, Q_ENTITY))
        elif entity in entities:
            ok.append(f"本条面向{_join(entities)}；您是{entity}")
            fit += entity != ENTERPRISE and len(entities) < len(ENTITY_TYPES)
        else:
            fail.append(f"本条面向{_join(entities)}；您是{entity}")
    sizes = clause.get("sizes") or []
    if sizes and ENTERPRISE in entities and entity in (ENTERPRISE, None):
        size = profile.get("size")
        if size is None:
            missing.append(question(KIND_SIZE, sizes, Q_SIZE))
        elif size in sizes:
            ok.append(f"本条限{_join(sizes)}企业；您的企业规模：{size}")
            fit += 1
        else:
            fail.append(f"本条限{_join(sizes)}企业；您的企业规模是{size}")
    industries = clause.get("industries") or []
    if industries:
        mine = profile.get("industries") or []
        hit = [i for i in mine if i in industries]
        if not mine:
            missing.append(question(KIND_INDUSTRY, industries, Q_INDUSTRY))
        elif hit:
            ok.append(f"本条限定行业，您的行业“{_join(hit)}”在其中")
            fit += 2 if len(industries) <= 4 else 1
        else:
            fail.append(f"本条只适用{_join(industries)}等行业；您的行业：{_join(mine)}")
    traits = clause.get("traits") or []
    if traits:
        mine = profile.get("traits")
        hit = [t for t in mine or [] if t in traits]
        if mine is None:
            missing.append(question(KIND_TRAITS, traits, Q_TRAITS.format("或".join(traits))))
        elif hit:
            ok.append(f"本条面向{_join(_enterprises(traits))}；您是{_join(hit)}")
            fit += 2
        elif asked := _asked_of(traits, mine, (clause.get("tag_basis") or {}).get("traits") or {}):
            missing.append(question(KIND_TRAITS, traits, asked))  # "高新技术企业" → 科技型中小企业? (入库)
        elif attaining := attaining_question(traits, clause, profile.get("industries"), profile.get("size")):
            missing.append(question(KIND_TRAITS, traits, attaining))  # "对首次通过高新技术企业认定的": not held yet
        else:
            fail.append(f"本条面向{_join(_enterprises(traits))}，您未选择")
    situations = clause.get("situations") or []
    mine = profile.get("situations")
    for situation in situations:
        if mine is None:
            missing.append(question(KIND_SITUATION, situation, situation_questions.get(situation) or f"是否{situation}？"))
        elif situation in mine:
            ok.append(f"本条要求{situation}，您已选择")
            fit += 2
        else:
            fail.append(f"本条要求{situation}，您未选择")
    # conditions outside the profile vocabulary: settled by what the clerk confirmed with the visitor
    confirmed = profile.get("confirmed") or {}
    for text in clause.get("ask") or []:
        if confirmed.get(text) is True:
            ok.append(f"已当面确认：{text}（是）")
        elif confirmed.get(text) is False:
            fail.append(f"已当面确认：{text}（否）")
        else:
            missing.append(question(KIND_CONFIRM, text, text))
    status = INELIGIBLE if fail else MAYBE if missing else ELIGIBLE
    return status, fail + ok, missing, len(fail), fit


def _asked_of(traits: list[str], mine: list[str], words: dict[str, str]) -> str | None:
    """The question for a trait the profile lacks but one of its traits usually comes with (taxonomy
    [[trait]] asked_of: a 高新技术企业 passes the 科技型中小企业 evaluation, whether it registered is asked), or None.
    Only where the text names the status itself (its `words` hold the trait's name), not a looser description."""
    for rule in load_taxonomy().traits:
        if rule.name in traits and set(rule.asked_of) & set(mine) and rule.name in (words.get(rule.name) or ""):
            return rule.question or Q_TRAITS.format(rule.name)
    return None


KIND_DISTRICT, KIND_ENTITY, KIND_SIZE = "district", "entity_type", "size"
KIND_INDUSTRY, KIND_TRAITS, KIND_SITUATION, KIND_CONFIRM = "industries", "traits", "situations", "confirmed"


def question(field: str, value: object, text: str) -> dict:
    """A structured open question: the profile field it settles, the value(s) it is about, its words.
    district/entity_type/size/industries/traits: `value` lists the values that would do (None: any);
    situations: the situation; confirmed: the question itself (the key of profile["confirmed"])."""
    return {"field": field, "value": value, "text": text}


def rules_of(measure: dict) -> dict:
    """The measure's stored rules, or derived now (a freshly imported measure has none stored)."""
    rules = measure.get("eligibility")
    if isinstance(rules, dict) and "clauses" in rules:
        if "kind" not in rules:  # rules written before kinds: a benefit if it grants anything, else a duty
            kind = measure.get("kind") or (BENEFIT if rules["clauses"] or not rules.get("government_only") else DUTY)
            rules = {**rules, "kind": kind, "rights": rules.get("rights") or []}
        return rules
    derived = annotate_measure(measure)["eligibility"]
    return {"clauses": derived["clauses"], "government_only": derived["government_only"],
            "kind": derived.get("kind", BENEFIT), "rights": derived.get("rights") or []}


def _expired(deadline: str | None, today: date) -> bool:
    try:
        return bool(deadline) and date.fromisoformat(deadline) < today
    except ValueError:
        return False


def _benefit(clause: dict, judged: tuple, measure_end: str | None, today: date) -> dict:
    status, reasons, questions, _, fit = judged
    end = clause.get("deadline") or measure_end
    return {
        "line": clause.get("line") or clause.get("basis"),
        "benefit_types": list(clause.get("benefit_types") or []),
        "amounts": list(clause.get("amounts") or []),
        "deadline": clause.get("deadline"),
        "targets": list(clause.get("targets") or []),
        "expired": _expired(end, today),
        "status": status,
        "reasons": reasons,
        "questions": questions,
        "fit": fit,
    }


def judge(profile: dict, measure: dict, today: date, situation_questions: dict[str, str] | None = None) -> dict:
    """One measure against one profile: {status, reasons, missing, questions, benefits, basis, deadline,
    deadline_status, fit}. Each benefit (clause) is judged on its own; the measure takes the best of them,
    and `benefits` lists the ones that give it that status (each with its line, amount, deadline, why)."""
    rules = rules_of(measure)
    clauses = rules.get("clauses") or []
    d_status, d_reasons, d_questions = _district(profile, measure)
    if situation_questions is None:
        situation_questions = _situation_questions()
    flags = measure.get("flags") or []
    measure_end = measure_deadline(measure)
    benefits: list[dict] = []
    fit = 0
    kind = rules.get("kind") or BENEFIT
    rights = rules.get("rights") or []
    if (measure.get("text") or "").strip() and kind == RIGHT_KIND and rights:
        return _judge_right(profile, measure, rights, situation_questions, today)
    if not (measure.get("text") or "").strip():
        status, reasons, questions, basis = INELIGIBLE, ["收集到的原文缺少本条正文，无法判断是否适用，请查阅原件"], [], None
    elif not clauses and kind in NOT_OFFERED:
        status, reasons, questions, basis = INELIGIBLE, [NOT_OFFERED[kind]], [], None
    elif not clauses and not rules.get("government_only"):
        status, reasons, questions, basis = INELIGIBLE, ["本条原文不完整，现存文字没有写明可申请的待遇，无法判断是否适用，请查阅原件"], [], None
    elif not clauses:
        reason = "本条是政府部门的工作任务（政府工作），不直接面向企业或个人申请"
        if FLAG_TEXT_INCOMPLETE in flags:
            reason = "本条现存文字是政府部门的工作任务（政府工作）；但原文在本条处有缺漏，请查阅原件"
        status, reasons, questions, basis = INELIGIBLE, [reason], [], None
    else:
        judged = [(_clause(profile, c, situation_questions), c) for c in clauses]
        # the best benefit: claimable, then the fewest failed conditions, the fewest open questions
        (status, reasons, questions, _, _), best = max(judged, key=lambda j: (_RANK[j[0][0]], -j[0][3], -len(j[0][2]), j[0][4]))
        basis = best.get("basis")
        if status != INELIGIBLE:
            benefits = [_benefit(c, j, measure_end, today) for j, c in judged if j[0] == status]
            # the same line may stand for several audiences (overrides): show it once, its best reading
            seen: dict[str, dict] = {}
            for b in benefits:
                if b["line"] not in seen or b["fit"] > seen[b["line"]]["fit"]:
                    seen[b["line"]] = b
            benefits = [b for b in benefits if seen.get(b["line"]) is b]
            fit = max(b["fit"] for b in benefits)
            reasons = [r for b in benefits for r in b["reasons"]]
            reasons = list(dict.fromkeys(reasons))
        if status == MAYBE:
            questions = [q for b in benefits for q in b["questions"]]
    if FLAG_TEXT_INCOMPLETE in flags and clauses:
        reasons = reasons + ["本条原文在收集时有缺漏，文字可能不全，请查阅原件"]
    status = min(status, d_status, key=_RANK.get)
    status, confirm = _in_force(profile, measure, today, status)
    questions = _unique(d_questions + questions) if status == MAYBE else []
    if confirm:
        questions = _unique(questions + [question(KIND_CONFIRM, confirm, confirm)])
    deadline_status = measure_status(measure, today)
    if benefits and status != INELIGIBLE and all(b["expired"] for b in benefits):
        deadline_status = EXPIRED  # every benefit it offers this profile has run out
    note = deadline_note(measure, today)
    return {
        "status": status,
        "reasons": d_reasons + reasons + [note],
        "deadline_note": note,
        "missing": [q["text"] for q in questions],
        "questions": questions,
        "benefits": benefits if status != INELIGIBLE else [],
        "fit": fit,
        "basis": basis,
        "deadline": measure_end,
        "deadline_status": deadline_status,
        "confirm_in_force": confirm,  # set: answered 需确认 whatever the profile (group_of)
        "kind": kind,
    }


def _judge_right(profile: dict, measure: dict, rights: list[dict], situation_questions: dict, today: date) -> dict:
    """A right: offered in its own group (可以主张的权利) to the party it protects, with the sentence that
    gives it; never "eligible" (nothing to apply for) and never to the party it binds."""
    d_status, d_reasons, _ = _district(profile, measure)
    judged = [(_clause(profile, r, situation_questions), r) for r in rights]
    (status, reasons, _, _, fit), best = max(judged, key=lambda j: (_RANK[j[0][0]], -j[0][3], j[0][4]))
    if best.get("audience"):  # the article names no protected party: the document's declared one
        reasons = [f"本条没有写明保护哪一方，按本文件所保护的“{best['audience']}”判断"] + reasons
    note = deadline_note(measure, today)
    if status != INELIGIBLE and d_status != INELIGIBLE:
        status = RIGHT
        reasons = [f"本条是您可以主张的权利（{KIND_LABELS[RIGHT_KIND]}）：“{best.get('words') or best['basis']}”"] + reasons
    else:
        status = INELIGIBLE
    return {
        "status": status,
        "reasons": d_reasons + reasons + [note],
        "deadline_note": note,
        "missing": [],
        "questions": [],
        "benefits": [],
        "fit": fit,
        "basis": best["basis"],
        "deadline": measure_deadline(measure),
        "deadline_status": measure_status(measure, today),
        "kind": RIGHT_KIND,
    }


def _in_force(profile: dict, measure: dict, today: date, status: str) -> tuple[str, str | None]:
    """(status, what to confirm): a plan that states no end, once its year is over, may no longer be in force,
    and a text not yet in force cannot be claimed yet; either is answered 需确认 (group_of), never 可以申请.
    The clerk's answer to the question settles it (profile["confirmed"]), as for any other condition."""
    if status == INELIGIBLE:
        return status, None
    if measure_status(measure, today) == NOT_YET:
        return status, deadline_note(measure, today)
    ask = confirm_question(measure, today)
    answer = (profile.get("confirmed") or {}).get(ask) if ask else None
    if answer is False:
        return INELIGIBLE, None
    return status, None if answer is True else ask


def _unique(questions: list[dict]) -> list[dict]:
    seen, out = set(), []
    for q in questions:
        if q["text"] not in seen:
            seen.add(q["text"])
            out.append(q)
    return out


def eligible(profile: dict, measures: list[dict], today: date | None = None) -> list[dict]:
    """Each measure + its verdict for `profile`, in the order given (see `ordered` for the answer's order)."""
    today = today or date.today()
    questions = _situation_questions()  # once, not per measure (the wizard recomputes on the UI thread)
    return [{**measure, **judge(profile, measure, today, questions)} for measure in measures]


def _situation_questions() -> dict[str, str]:
    return {r.name: r.question for r in load_taxonomy().situations}


# ───────────────────────────── the answer: groups, order, coverage ─────────────────────────────

EXPIRED_GROUP = "expired"
GROUPS = (ELIGIBLE, MAYBE, RIGHT, EXPIRED_GROUP, INELIGIBLE)
GROUP_LABELS = {ELIGIBLE: "可以申请", MAYBE: "可能可以（需确认）", RIGHT: "可以主张的权利", EXPIRED_GROUP: "已过期（仅供了解）",
                INELIGIBLE: "不适用"}


def group_of(result: dict) -> str:
    """可以申请 / 可能可以 / 已过期 / 不适用: a claimable measure that has run out is only for information
    and never counts as claimable; one that may no longer (or not yet) be in force is 可能可以 (需确认);
    one that does not apply stays 不适用 whatever its date."""
    if result["status"] != INELIGIBLE and result.get("deadline_status") == EXPIRED:
        return EXPIRED_GROUP
    if result["status"] == ELIGIBLE and result.get("confirm_in_force"):
        return MAYBE  # in force? (a plan without an end whose year is over, or a text not yet in force)
    return result["status"]


def ordered(profile: dict, results: list[dict]) -> list[dict]:
    """The answer's order: by group; within a group the visitor's own district before the city's (and
    other districts'), then the better fit (industry, trait, situation matched) before generic ones, then
    the documents' order. Each result gets its "group"."""
    mine = profile.get("district")
    position = {r["id"]: i for i, r in enumerate(results)}
    rank = {g: i for i, g in enumerate(GROUPS)}

    def key(r: dict) -> tuple:
        own = 0 if mine and r.get("district") == mine else 1 if r.get("district") in (MUNICIPAL, None) else 2
        status_rank = 0 if r["status"] == ELIGIBLE else 1
        return (rank[group_of(r)], own, status_rank, -int(r.get("fit") or 0), position[r["id"]])

    return [{**r, "group": group_of(r)} for r in sorted(results, key=key)]


def coverage_note(district: str | None, measures: list[dict]) -> str:
    """What the data covers, said before the results: which districts have documents of their own."""
    covered = list(dict.fromkeys(m["district"] for m in measures if m.get("district") not in (MUNICIPAL, None)))
    has_city = any(m.get("district") in (MUNICIPAL, None) for m in measures)
    parts = (["北京市市级"] if has_city else []) + (["和" + "、".join(covered)] if covered and has_city else covered)
    sentence = f"当前数据只有{''.join(parts)}的文件"
    if district and district not in covered:
        sentence += f"；{district}的区级政策不在其中"
    return sentence
