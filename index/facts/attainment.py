"""A status named as what the receiver newly attains, not one it must already hold.

"对首次通过国家高新技术企业认定的企业，给予一次性奖励", "对新认定的高新技术企业给予奖励", "由科技型中小企业升级为
高新技术企业的": the grant rewards obtaining the status; a visitor who does not hold it yet may be the one who obtains it,
so whether it has (newly) obtained it is asked (需确认), never answered "no" from the profile — for a status any business
of the trades it is for applies for by published criteria (taxonomy [[trait]] attainable_in: 高新技术企业, 专精特新
(reached step by step within the period a plan rewards), 科技型中小企业 (入库 by self-evaluation) for a manufacturer
or a tech firm, not a restaurant). A status the receiver holds already ("对经认定的专精特新企业，首次上市的，给予…")
stays a status the profile must hold.
"""
from __future__ import annotations

import re

from index.facts.taxonomy import load_taxonomy

# what stands right before the status's own words when it is attained: 首次 / 新 / 初次 + a recognition verb, or a
# promotion ("升级为"); not 重新认定 (a renewal of a status held), not 经认定的 (a status held)
_ATTAINS = re.compile(r"(?:首次|初次|(?<!重)新|当年|本年度?)(?:被|获|经)?(?:认定为|认定的?|评为|评定为|评价为|获评|入选|入库的?|通过|获得|获批|晋级为|晋升为)"
                      r"[^，。；：、]{0,8}$|(?:升级|晋升|晋级|培育)为[^，。；：、]{0,4}$")


def attained(line: str, words: str) -> bool:
    """Whether every place `line` names the status (by `words`, the words the taxonomy read it from) names it as
    what the receiver newly attains."""
    places = [m.start() for m in re.finditer(re.escape(words), line)] if words else []
    return bool(places) and all(_ATTAINS.search(line[max(0, i - 16):i]) for i in places)


def attaining_question(traits: list[str], clause: dict, industries: list[str] | None, size: str | None = None) -> str | None:
    """The question for a status the clause rewards attaining (see the module) that a business of `industries` and
    `size` (the profile's; not known: any) may apply for, or None (a large firm never attains an SME's status)."""
    line = (clause.get("shared") or "") + (clause.get("line") or clause.get("basis") or "")
    words = (clause.get("tag_basis") or {}).get("traits") or {}
    attainable = {r.name for r in load_taxonomy().traits
                  if r.attainable_in and (not industries or set(r.attainable_in) & set(industries))
                  and not (size and r.held_by_sizes and size not in r.held_by_sizes)}
    got = [t for t in traits if t in attainable and attained(line, words.get(t) or t)]
    if not got:
        return None
    return f"本条奖励新取得“{'、'.join(got)}”资格的企业：是否已（首次）通过认定，且在本条规定的时间内？"
