"""The eligibility wizard's Qt-free half: the vocabulary it offers, what each open question of a
"maybe" result asks about, how an answer changes the profile, and the results for a profile.

Pure functions over plain dicts; any thread. The verdicts come from index.facts.eligibility.eligible; the
only thing added here is the clerk's yes/no to the conditions outside the profile vocabulary (the
clause's `ask`, e.g. "所购乘用车是否为2.0升及以下排量…？"), kept in the profile's extra field
"confirmed" ({question: true|false}, allowed by docs/contracts.md: fields may be added).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from index.facts.eligibility import DISTRICTS, ELIGIBLE, EXPIRED_GROUP, GROUPS, INELIGIBLE, MAYBE, eligible, ordered
from index.facts.deadlines import EXPIRED
from index.facts.taxonomy import ENTERPRISE, ENTITY_TYPES, GOVERNMENT, SIZES, load_taxonomy

STATUSES = (ELIGIBLE, MAYBE, INELIGIBLE)
EXPIRED_ = EXPIRED_GROUP
LIST_FIELDS = ("industries", "traits", "situations")

KIND_DISTRICT, KIND_ENTITY, KIND_SIZE = "district", "entity_type", "size"
KIND_INDUSTRY, KIND_TRAITS, KIND_SITUATION, KIND_CONFIRM = "industries", "traits", "situations", "confirmed"


@dataclass(frozen=True)
class Choice:
    """One value of the vocabulary and its plain-language meaning (from resources/taxonomy.toml)."""

    name: str
    explain: str = ""


@dataclass(frozen=True)
class Vocabulary:
    districts: tuple[str, ...]
    entity_types: tuple[Choice, ...]
    sizes: tuple[str, ...]
    size_meanings: tuple[str, ...]  # "小微企业：小型、微型（不含中型、大型）" — the taxonomy's [[size]] explain
    industries: tuple[Choice, ...]
    traits: tuple[Choice, ...]
    situations: tuple[Choice, ...]


def vocabulary() -> Vocabulary:
    """The answers the wizard offers, read from the taxonomy (never retyped here)."""
    tax = load_taxonomy()
    entity_explain = {r.name: r.explain for r in tax.entity_types}
    return Vocabulary(
        districts=DISTRICTS,
        entity_types=tuple(Choice(n, entity_explain.get(n, "")) for n in ENTITY_TYPES),
        sizes=SIZES,
        size_meanings=tuple(r.explain for r in tax.sizes if r.explain),
        industries=tuple(Choice(r.name, r.explain) for r in tax.industries),
        traits=tuple(Choice(r.name, r.explain) for r in tax.traits),
        situations=tuple(Choice(r.name, r.explain) for r in tax.situations),
    )


def asks_size_and_traits(entity_type: str | None) -> bool:
    """Size and traits are asked of enterprises only: the taxonomy says size applies to 企业 alone
    ("规模只对“企业”适用；个体工商户等不看规模") and its traits are all kinds of enterprise (企业特征)."""
    return entity_type == ENTERPRISE


_SIZE_DEFINITION = re.compile(r"[^。；]*(?:企业范围包括|标准为从业人员)[^。]*。")


def documented_size_definitions(measures: list[dict]) -> list[tuple[str, str]]:
    """[(where, sentence)] for every sentence of the corpus that defines an enterprise size by numbers.
    Quoted verbatim: the wizard shows what the documents say and invents no thresholds."""
    out: list[tuple[str, str]] = []
    for m in measures:
        for hit in _SIZE_DEFINITION.finditer(m.get("text") or ""):
            title = (m.get("document") or {}).get("title") or m.get("id", "")
            out.append((f"{m.get('district', '')}《{title}》第{m.get('number', '?')}条", hit.group(0).strip()))
    return out


# ───────────────────────────── the open questions of a "maybe" ─────────────────────────────

@dataclass(frozen=True)
class Question:
    """One entry of a result's `missing`, and what answering it sets."""

    text: str
    kind: str
    options: tuple[str, ...] = ()  # the values offered (districts, types, sizes, industries, traits)
    situation: str | None = None


def question_of(q: dict) -> Question:
    """The structured question index.facts.eligibility wrote ({"field", "value", "text"}) as the wizard asks it:
    the options offered come from the engine's value (the values that would do), else the vocabulary."""
    voc = vocabulary()
    field, value, text = q["field"], q.get("value"), q["text"]
    every = {KIND_DISTRICT: voc.districts, KIND_ENTITY: tuple(c.name for c in voc.entity_types), KIND_SIZE: voc.sizes,
             KIND_INDUSTRY: tuple(c.name for c in voc.industries)}
    if field in every:
        return Question(text, field, every[field])  # any value may be the answer, not only the ones that do
    if field == KIND_TRAITS:
        return Question(text, field, tuple(value or ()))
    if field == KIND_SITUATION:
        return Question(text, field, situation=str(value))
    return Question(text, KIND_CONFIRM)


def normalise(profile: dict) -> dict:
    """A copy with the contract's fields present; a non-enterprise has no size and no enterprise traits."""
    out = dict(profile)
    for key in ("district", "entity_type", "size") + LIST_FIELDS:
        out.setdefault(key, None)
    for key in LIST_FIELDS:
        if out[key] is not None:
            out[key] = list(out[key])
    if out["entity_type"] is not None and not asks_size_and_traits(out["entity_type"]):
        out["size"], out["traits"] = None, []
    confirmed = {str(q): bool(a) for q, a in (out.get("confirmed") or {}).items()}
    if confirmed:
        out["confirmed"] = confirmed
    else:
        out.pop("confirmed", None)
    return out


def apply_answer(profile: dict, question: Question, answer: str | bool | None) -> dict:
    """The profile after the clerk answers `question`: a value for district/type/size/industry/trait
    (None for "none of these" traits), True/False for a situation or a condition to confirm."""
    out = normalise(profile)
    if question.kind in (KIND_DISTRICT, KIND_ENTITY, KIND_SIZE):
        out[question.kind] = answer
    elif question.kind in (KIND_INDUSTRY, KIND_TRAITS):
        values = list(out[question.kind] or [])
        if answer and answer not in values:
            values.append(str(answer))
        out[question.kind] = values
    elif question.kind == KIND_SITUATION:
        values = [s for s in out["situations"] or [] if s != question.situation]
        out["situations"] = values + [question.situation] if answer else values
    else:
        out["confirmed"] = {**out.get("confirmed", {}), question.text: bool(answer)}
    return normalise(out)


# ───────────────────────────── results ─────────────────────────────

def results(profile: dict, measures: list[dict], today: date) -> list[dict]:
    """index.facts.eligibility.eligible for the normalised profile; the clerk's confirmations
    (profile["confirmed"]) are judged there like every other condition."""
    return eligible(normalise(profile), measures, today)


def is_expired(result: dict) -> bool:
    return result.get("deadline_status") == EXPIRED


def grouped(results_: list[dict], benefit: str | None = None, profile: dict | None = None) -> dict[str, list[dict]]:
    """{group: [results]}: 可以申请 / 可能可以 / 已过期 / 不适用 in the engine's order (own district first,
    then the better fit), filtered by benefit type; an expired measure counts in 已过期 only."""
    groups: dict[str, list[dict]] = {g: [] for g in GROUPS}
    for r in ordered(profile or {}, results_):
        if benefit and benefit not in (r.get("benefit_types") or []):
            continue
        groups[r["group"]].append(r)
    return groups


def benefit_counts(results_: list[dict]) -> dict[str, int]:
    """Benefit type → number of eligible or maybe results offering it (the filter's counts)."""
    order = [r.name for r in load_taxonomy().benefit_types]
    counts: dict[str, int] = {}
    for r in results_:
        if r["status"] == INELIGIBLE:
            continue
        for b in r.get("benefit_types") or []:
            if b != GOVERNMENT:
                counts[b] = counts.get(b, 0) + 1
    return {b: counts[b] for b in sorted(counts, key=lambda b: (order.index(b) if b in order else len(order), b))}
