"""A business rewarded for what it does for others, named as the subject of its own act.

"大型企业为产业链上中小企业提供订单融资增信的，区财政按照增信金额的2%给予奖励", "链主企业向本区中小企业开放检验检测设备的，
按照服务收入的20%给予补贴": the clause ending in 的 is the condition of the grant, and its subject — the firm that
provides, opens or buys for the others — is the one the grant is for. The businesses it serves (the 中小企业 it
guarantees, trains or buys from) are the party the act is for, not the grant's receiver, so their size or kind does
not narrow or widen who may apply. Written after 对 the same shape was read already (kinds._PROVIDER_PATTERNS, "the
party served by the one granted"); this is its form with no 对.

When the grant names its own receiver ("…的，对接受服务的小微企业按照…给予补贴", "…给予中小企业奖励", "…的，受益企业可
享受…") and that is not the acting firm, the grant is the receiver's it names: the acting firm's act is still the
condition (rewarded_act), but the firm that acts is not made a receiver. Only a grant clause that names nobody, or names
the acting firm again ("给予大型企业奖励", "给予每家企业"), reads the acting firm as its receiver (review 34 A3).

A lender, guarantor or platform as that subject is left to the reading of roles (index/facts/receivers.py): "合作银行
向小微企业发放首笔贷款的，区财政给予贴息" subsidises the borrower's interest, not the bank.
"""
from __future__ import annotations

import re

from index.facts.receivers import _ROLES

# what a firm does for the others it serves (not what it asks of them or obtains from them: "向合作银行申请贷款的")
_SERVING = r"(?:为|向|帮助|带动|扶持)"
_NOT_SERVING = r"(?![^，。；]{0,20}?(?:申请|申报|借款|借入|取得|获得|缴纳|支付))"
# (after the comma closing the condition; or a receiver's own claim: "…的，接受服务的中小企业可享受贷款贴息")
_GRANTED_AFTER = r"[^。；]{0,40}?(?:给予|予以|(?:可以|可)(?:享受|申请|获得))"
_ROLE_LEFT = re.compile(r"(?:" + dict(_ROLES)["finance"] + "|" + dict(_ROLES)["platform"] + r")$")


def _matches(text: str, party: str) -> list[re.Match]:
    rx = re.compile(r"(?:^|[，；。])(?P<x>" + party + r")(?:主动|积极|自愿)?" + _SERVING + r"(?P<p>[^，。；]{0,8}?" + party + r")"
                    + _NOT_SERVING + r"[^，。；]{0,24}?的(?=[，,]" + _GRANTED_AFTER + ")")
    return [m for m in rx.finditer(text) if not _ROLE_LEFT.search(m.group("x"))]


# the receiver a grant clause names: 对 + (what it did +) party + … 给予 ("对接受服务的小微企业按照…给予", "区财政按照…对担保机构
# 给予"), 给予/予以 + party, party + 可(以)享受/申请/获得
def _named(p: str) -> str:
    return (r"对[^，。；]{0,12}?(?P<a>" + p + r")(?=[^，。；]{0,20}?(?:给予|予以))|(?:给予|予以)(?P<b>" + p + r")|"
            r"(?:^[，,]?|[，,])[^，。；]{0,12}?(?P<c>" + p + r")(?:可以|可)(?:享受|申请|获得)")
# words before a party's noun that name no one in particular ("本区", "每家", "上述")
_QUALIFIER = re.compile(r"^(?:本区|区内|本市|市内|辖区内|全区|该|其|每家|每户|每个|上述|相关|符合条件的?)+")


def _core(name: str) -> str:
    return _QUALIFIER.sub("", name)


# a clause that grants: the words that give, or that let its receiver enjoy or apply ("给予", "予以", "可享受", "可以申请")
_GRANT_CLAUSE = re.compile(r"给予|予以|(?:可以|可)(?:享受|申请|获得)")


def _grant_clauses(text: str, m: re.Match) -> list[str]:
    """The clauses after the condition `m` that grant, up to the end of its sentence, one by one (each led by its comma)."""
    rest = re.match(r"[^。；]*", text[m.end():]).group(0)
    return [c for c in re.findall(r"[，,]?[^，,]+", rest) if _GRANT_CLAUSE.search(c)]


def _acting_firm_receives(text: str, m: re.Match, party: str) -> bool:
    """Whether the acting firm of the condition `m` receives a grant of the sentence, read one grant clause at a time:
    the first grant clause is its own unless that clause names another receiver ("…的，对接受服务的小微企业…给予补贴");
    a later clause naming another party grants that party something besides ("…的，按照订单金额的1%给予奖励，对中小企业
    另行给予贷款贴息": the reward stays the acting firm's, the 贴息 is the small firms'), and any clause naming the acting
    firm again ("给予大型企业奖励", "给予每家企业") is its own."""
    actor = _core(m.group("x"))
    named = []
    for clause in _grant_clauses(text, m):
        found = re.search(_named(party), clause)
        named.append(_core(next(g for g in found.groups() if g)) if found else "")
    if not named:
        return True
    own = [not n or actor.endswith(n) or n.endswith(actor) for n in named]
    return own[0] or any(o and n for o, n in zip(own, named))


def grant_cuts(text: str, party: str) -> list[int]:
    """Where a sentence of the module's shape splits into the grants of its receivers: after the condition, and before
    each later grant clause naming a receiver other than the acting firm ("龙头企业为…中小企业提供…服务的，| 按照服务金额的3%
    给予奖励，| 接受服务的中小企业可享受贷款贴息"): the reward is the acting firm's, the 贴息 the small firms', each read with
    the condition before it. [] when the sentence grants to one receiver only."""
    for m in _matches(text, party):
        actor = _core(m.group("x"))
        rest = re.match(r"[^。；]*", text[m.end():]).group(0)
        cuts, at = [], m.end() + 1  # (after the comma closing the condition)
        for clause in re.finditer(r"[，,]?[^，,]+", rest):
            found = re.search(_named(party), clause.group(0)) if _GRANT_CLAUSE.search(clause.group(0)) else None
            named = _core(next(g for g in found.groups() if g)) if found else ""
            if named and not (actor.endswith(named) or named.endswith(actor)) and clause.start() > 0:
                cuts.append(m.end() + clause.start() + 1)
        if cuts and _acting_firm_receives(text, m, party):
            return [at] + cuts
    return []


def rewarded_actors(text: str, party: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """((start, end) of the acting firm, (start, end) of the firms it serves) for each clause of `text` in the shape
    of the module, `party` being the pattern of a party's name (kinds._PARTY)."""
    return [(m.span("x"), m.span("p")) for m in _matches(text, party) if _acting_firm_receives(text, m, party)]


def unrewarded_actors(text: str, party: str) -> list[tuple[int, int]]:
    """(start, end) of each acting firm of `text` that no grant clause is for: its grants name the firms it serves
    ("…的，对接受服务的小微企业…给予补贴", "…的，获得增信的小微企业可享受贷款贴息"); a giver, not a receiver, whatever other
    words it has after its 为/向 ("…提供融资增信的")."""
    return [m.span("x") for m in _matches(text, party) if not _acting_firm_receives(text, m, party)]


def rewarded_act(text: str, party: str) -> str | None:
    """The words of the first such clause, the acting firm with its act ("本区中小企业为大型企业提供配套零部件的"): what
    the firm must have done, which no profile says — asked, never answered by the firm's size or trade alone. Asked too
    where the grant names the served firms as its receivers ("…的，对接受服务的小微企业…给予补贴"): then it is the service
    they must have received."""
    found = _matches(text, party)
    return text[found[0].start("x"):found[0].end()] if found else None
