"""The sizes of enterprise a measure's grant is restricted to, where its receiver phrase alone does not say so.

Official texts restrict a grant by size in more ways than an adjective before 企业:
- an exclusion after the grant: "大型企业不纳入支持范围", "大型企业除外", "不含大型企业", "不包括大中型企业",
  "大型企业不享受本项政策": the sizes named are taken out of those the grant is for (a large firm is never offered it,
  and the excluded size is never read as the receiver);
- sizes listed one by one: "小型、微型企业", "大中型企业", "中型和小型企业": every size listed, not the last one only;
- a size over several measures: a part's heading ("第一部分　支持中小企业融资") or the party the document says it
  faces ("关于面向小微企业的纾困帮扶措施", preamble "本措施面向本区中小微企业"): a measure under it whose receiver is a
  bare 企业 (no size, no 各类/所有, no 大型/规模以上/龙头/链主 that a large firm may be) is for those sizes. A title that
  only names a party ("关于支持科技型小微企业发展的若干措施") declares no such scope: its measures for 企业 are read as
  written (readers take them for any enterprise). 面向 declares the scope only when the document is what faces the party
  ("本措施面向…", a title "关于面向…的措施"): never inside a noun phrase ("打造面向中小企业的服务平台"), never when
  qualified ("重点面向…，兼顾大型企业"); a heading about sizes together ("推动大中小企业融通创新") is no size scope;
- an exclusion that names what it withholds ("大型企业不享受市级奖励") holds only for the clauses granting that;
- a size list that is a counterpart of the act ("与大中型企业协作", "向小型、微型企业采购") or an inclusive note
  ("对企业（含大中型企业）") names no receiver's size.
"""
from __future__ import annotations

import re

from index.vocab import SIZES

# the sizes a party word stands for (longest first, so 中小微 is not read as 小微)
_PARTY_SIZES = (("中小微", ("中型", "小型", "微型")), ("小型微型", ("小型", "微型")), ("中小", ("中型", "小型", "微型")),
                ("小微", ("小型", "微型")), ("大中型", ("大型", "中型")), ("中小型", ("中型", "小型", "微型")))

# sizes listed one by one before 企业: "小型、微型企业", "大型、中型企业", "中型和小型企业", "大中型企业"
_LISTED = re.compile(r"(?:[大中小微]型?(?:、|和|及|与|或|以及))+[大中小微]型企业|大中型企业|中小型企业")
# a size excluded from the grant: "大型企业不纳入支持范围", "（大型企业除外）", "不含大型企业", "不包括大中型企业"
_EXCLUDED = re.compile(
    r"(?P<a>(?:[大中]型?(?:、|和|及|与)?)*[大中]型企业)(?:[^，。；]{0,6}?)(?:除外|不纳入|不在[^，。；]{0,6}(?:范围|之列)|不属于[^，。；]{0,6}对象|不享受|不适用|"
    r"不得申报|不得申请|不予支持|不予补贴|不予奖励)|"
    r"(?:不含|不包括|不包含|不含有|排除)(?P<b>(?:[大中]型?(?:、|和|及|与)?)*[大中]型企业)")
# a bare enterprise receiver a large one may be: sized or "all", or a standing only a large firm may hold
_OPEN_TO_LARGE = re.compile(r"大型|大中型|(?<![中小])大企业|规模以上|规上|限额以上|龙头|链主|领军|总部|各类|所有|全部|任何|"
                            r"中型|小型|微型|小微|中小")
# a heading or a declaration naming a size party ("支持中小企业融资", "面向本区小微企业"); never the tail of
# "大中小企业" / "大中小微企业", which names every size
_SIZE_PARTY = re.compile(r"(?:(?<!大)(?:中小微|中小)|(?<![大中])(?:小型微型|小微))(?:企业|主体|经营主体)")
# a heading about sizes working together ("推动大中小企业融通创新", "中小企业与大企业协同发展") scopes no size
_TOGETHER = re.compile(r"大中小|融通|协同|配套|带动|大企业|大型企业|龙头|链主")


# the party a document says its measures face: "关于面向小微企业的…措施", "本措施面向本区中小微企业"
_FACING = re.compile(r"面向(?:本区|全区|本市|全市|辖区|区内|市内)?(?P<p>(?:中小微|小型微型|中小|小微)(?:企业|主体|经营主体))")
# the document as the subject of 面向 ("本措施面向…", "本方案所列政策均面向…")
_DOCUMENT_FACES = re.compile(r"(?:本|各项|以下|下列)(?:措施|方案|政策|办法|通知|文件|细则|意见|计划|举措)[^，。；、]{0,6}$")
# a document word a 面向X的 phrase may head ("关于面向小微企业的纾困帮扶措施"); any other head is a thing that faces them
_DOCUMENT_HEAD = re.compile(r"(?:措施|政策|办法|方案|意见|通知|细则|规定|举措|计划)$")
# 面向 that is not "only for": "重点面向中小微企业，兼顾大型企业", "为推动各类企业…，本措施主要面向…"
_NOT_ONLY = re.compile(r"重点|主要|优先|兼顾|特别是|尤其|大型|大中|各类|所有|全部")


def _document_faces(line: str, m: re.Match, title: bool) -> bool:
    sentence_start = max(line.rfind(c, 0, m.start()) for c in "。；") + 1
    ends = [i for i in (line.find(c, m.end()) for c in "。；") if i >= 0]
    if _NOT_ONLY.search(line[sentence_start:min(ends, default=len(line))]):
        return False
    if line[m.end():m.end() + 1] == "的":
        head = re.match(r"[^，。；、》“”的]*", line[m.end() + 1:]).group(0)
        return bool(_DOCUMENT_HEAD.search(head))  # "面向中小企业的数字化公共服务平台体系" faces nobody for the document
    clause = re.split(r"[，。；]", line[:m.start()])[-1]
    return title or bool(_DOCUMENT_FACES.search(clause))


def facing(title: str | None, preamble: list[str] | tuple[str, ...] = ()) -> str:
    """The size party `title` or a line of `preamble` says the document faces (面向…), or ""."""
    for n, line in enumerate([title or "", *preamble]):
        for m in _FACING.finditer(line):
            if _document_faces(line, m, title=n == 0):
                return m.group("p")
    return ""


def _sizes_of(words: str) -> list[str]:
    for party, sizes in _PARTY_SIZES:
        if party in words:
            return list(sizes)
    return [s for s in SIZES if s[0] in words]  # 大/中/小/微 written alone ("小型、微型企业")


def excluded_sizes(text: str) -> tuple[list[str], str] | None:
    """(the sizes `text` takes out of its grant, the words saying so), or None."""
    m = _EXCLUDED.search(text)
    if not m:
        return None
    words = m.group("a") or m.group("b")
    return [s for s in SIZES if s in _sizes_of(words)], m.group(0)


# a list that is the act's counterpart ("与大中型企业协作", "向本区小型、微型企业采购", "为中小企业提供") or an inclusive
# note ("对企业（含大中型企业）"): the words just before it
_NOT_RECEIVER = re.compile(r"(?:(?:与|向|从|同|跟|(?<![认定作成视列划评称])为)(?:本区|全区|本市|区内|辖区|其他|更多)?|"
                           r"(?<!不)(?:含|包括|包含)|[（(](?:含|包括|包含))$")


def _not_receivers(text: str) -> list[re.Match]:
    return [m for m in _LISTED.finditer(text) if _NOT_RECEIVER.search(text[max(0, m.start() - 6):m.start()])]


def receiver_text(text: str) -> str:
    """`text` with its counterpart and inclusive size lists blanked (each character 〇)."""
    for m in _not_receivers(text):
        text = text[:m.start()] + "〇" * (m.end() - m.start()) + text[m.end():]
    return text


def listed_sizes(text: str) -> tuple[list[str], str] | None:
    """(the sizes listed one by one before 企业 in `text`, the words), or None; a list that is the act's counterpart or an
    inclusive note ("向小型、微型企业采购", "（含大中型企业）") is no receiver's."""
    m = _LISTED.search(receiver_text(text))
    if not m:
        return None
    return [s for s in SIZES if s in _sizes_of(m.group(0))], m.group(0)


def scope_sizes(words: str) -> tuple[list[str], str] | None:
    """(the sizes a heading or a document's declared party names, the words), or None."""
    if _TOGETHER.search(words or ""):
        return None
    m = _SIZE_PARTY.search(words or "")
    return ([s for s in SIZES if s in _sizes_of(m.group(0))], m.group(0)) if m else None


# words that name no particular grant in what an exclusion withholds ("不享受本项政策", "不纳入支持范围")
_GENERIC = re.compile(r"本|该|此|上述|以上|前述|相关|各项|有关|次|政策|措施|条款|支持|扶持|范围|之列|对象|奖励|补贴|补助|资金|"
                      r"待遇|优惠|资助|项|款|条|申报|申请|的|再|另行|其中|其")


def _withheld_part(text: str, m: re.Match) -> str:
    """The words naming which grant an exclusion withholds ("市级" of "大型企业不享受市级奖励"), or ""."""
    rest = re.match(r"[^，。；（）]*", text[m.end():]).group(0)
    tail = m.group(0)[len(m.group("a")):] if m.group("a") else ""
    verb = re.search(r"不享受|不适用", tail)
    obj = (tail[verb.end():] if verb else "") + rest
    part = _GENERIC.sub("", obj) if verb else ""
    return part if len(part) >= 2 else ""  # (one character left, "不享受本级…" → "级", names no grant)


# the measure's own word for 企业 defined by size: "本条所称企业，是指符合《中小企业划型标准规定》的中小企业"
_DEFINED = re.compile(r"(?:本条|本项|本款|本措施|本办法|本政策|本文件|本通知)?所称(?:的)?企业[^。；]{0,6}?(?:是指|指|为|系)"
                      r"(?P<w>[^。；]{0,40}?(?:中小微|小型微型|中小|小微)(?:企业|主体))")


def defined_sizes(text: str) -> tuple[list[str], str] | None:
    """(the sizes `text` defines its 企业 as, the words), or None."""
    # (the title of a standard it refers to, "《中小企业划型标准规定》", names no party)
    m = _DEFINED.search(re.sub(r"《[^》]*》", lambda t: "〇" * len(t.group(0)), text or ""))
    return ([s for s in SIZES if s in _sizes_of(m.group("w"))], (text or "")[m.start():m.end()]) if m else None


def restrict_sizes(clauses: list[dict], text: str, scopes: list[str], enterprise: str = "企业") -> None:
    """Narrow each clause's sizes (in place) by what `text` (the measure) and `scopes` (its part heading, the
    document's declared party) say of size; see the module. Each narrowing names its words in tag_basis["sizes"]."""
    excluded = excluded_sizes(text)
    withholding = _withholding(clauses, text)
    defined = defined_sizes(text)
    for clause in clauses:
        if enterprise not in clause.get("entity_types", []):
            continue
        whole = clause.get("shared", "") + clause.get("line", "")
        scope = receiver_text(whole)
        basis = clause.setdefault("tag_basis", {})
        if scope != whole and clause.get("sizes") and not _SIZE_WORD.search(scope):
            # sizes read from a counterpart or an inclusive list only ("与大中型企业协作", "（含大中型企业）")
            clause["sizes"] = []
            basis.pop("sizes", None)
        if (listed := listed_sizes(scope)) and set(clause.get("sizes") or []) < set(listed[0]):
            clause["sizes"] = listed[0]
            basis["sizes"] = {s: listed[1] for s in listed[0]}
        if not clause.get("sizes") and "企业" in scope and not _OPEN_TO_LARGE.search(scope):
            # (a heading and the document's party both apply: "面向小微企业" over "支持中小企业融资" is 小微)
            found = [f for f in [defined] + [scope_sizes(w) for w in scopes] if f]
            if found:
                sizes = [s for s in SIZES if all(s in f[0] for f in found)]
                clause["sizes"] = sizes
                basis["sizes"] = {s: "；".join(f[1] for f in found) for s in sizes}
        if excluded and (withholding is None or clause in withholding):
            # (a size read from the exclusion itself, "…用人单位…，大型企业除外" → 大型, is no receiver)
            own = [s for s in clause.get("sizes") or [] if s not in excluded[0]]
            kept = [s for s in (own or SIZES) if s not in excluded[0]]
            clause["sizes"] = kept
            basis["sizes"] = {s: excluded[1] for s in kept}


_SIZE_WORD = re.compile(r"[大中小微]型|[大中小]企业|小微|中小")


def _withholding(clauses: list[dict], text: str) -> list[dict] | None:
    """The clauses an exclusion that names what it withholds holds for ("…给予国家级奖励；…给予市级奖励，大型企业不享受
    市级奖励": the second only), or None when it holds for the whole measure."""
    m = _EXCLUDED.search(text)
    part = _withheld_part(text, m) if m else ""
    if not part:
        return None
    words = m.group(0)
    own = [c for c in clauses if part in (c.get("shared", "") + c.get("line", "")).replace(words, "")]
    return own or None
