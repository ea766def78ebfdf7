"""A measure's heading sentence, which names the grant the sentences after it detail.

District plans open a measure with a heading sentence ("（三）给予小微零售门店装修补贴。对在本区开业满2年、…的小微
零售门店，按照…给予补贴"): the title of the grant, not a grant of its own. Its receiver, conditions and terms are
those of the clause that details it; read alone, it would offer the grant with none of them (可以申请 outright).
A heading is the measure's first sentence written as one phrase (no comma, no sum, no 对/为/向 naming a receiver);
a later clause granting a benefit of a type it names details it: the heading is folded into that clause (its benefit
types added there) and is no clause of its own.
"""
from __future__ import annotations

import re

from index.source.sentences import split_sentences

# what a heading does not hold: a pause, a sum or a share, a receiver named by a preposition
_NOT_HEADING = re.compile(r"[，,；;：:]|\d|^(?:对|为|向)")


def _is_heading(sentence: str) -> bool:
    return len(sentence) <= 30 and not _NOT_HEADING.search(sentence)


# the parties bound named by a grant they received ("获得本措施落户奖励、研发补助的企业"): the grant is their condition
_RECEIVED = re.compile(r"(?:获得|享受|取得|领取|申领|获)[^，。；]{0,20}?(?:奖励|补助|补贴|资助|资金|支持|优惠|政策|贴息)[^，。；]{0,6}的")


def heads_obligation(heading: str, body: list[tuple[str, str, str]], actor, benefit: str, right: str,
                     obligation: str) -> bool:
    """"落实资金支持企业承诺。获得本措施奖励的企业，应当承诺…；…应当退还已获资金": a heading whose body grants and
    protects nothing and binds the parties that received a grant (the grant words sit in the 的-clause naming who is
    bound, `actor` finds it) is the title of that obligation, no grant of its own. `body`: (sentence, kind, basis)."""
    return _is_heading(heading) and bool(body) and not any(k in (benefit, right) for _, k, _ in body) \
        and any(k == obligation and _RECEIVED.search(actor(s)[0]) for s, k, _ in body)


def fold_heading(clauses: list[dict], text: str) -> list[dict]:
    """`clauses` without the heading clause (see the module), its benefit types added to the clauses detailing it."""
    sentences = split_sentences(text)
    if not clauses or not sentences or clauses[0].get("basis") != sentences[0] or not _is_heading(sentences[0]):
        return clauses
    heading, rest = clauses[0], clauses[1:]
    details = [c for c in rest if c.get("basis") != heading["basis"]
               and set(c["benefit_types"]) & set(heading["benefit_types"])]
    if not details:
        return clauses
    words = (heading.get("tag_basis") or {}).get("benefit_types") or {}
    for clause in details:
        for kind in heading["benefit_types"]:
            if kind not in clause["benefit_types"]:
                clause["benefit_types"].append(kind)
                if kind in words:
                    clause.setdefault("tag_basis", {}).setdefault("benefit_types", {})[kind] = words[kind]
    return rest
