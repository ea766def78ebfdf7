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
  written (readers take them for any enterprise).
"""
from __future__ import annotations

import re

SIZES = ("大型", "中型", "小型", "微型")
_CHAR = {"大": "大型", "中": "中型", "小": "小型", "微": "微型"}
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
# a heading or a declaration naming a size party ("支持中小企业融资", "面向本区小微企业")
_SIZE_PARTY = re.compile(r"(?:中小微|小型微型|中小|小微)(?:企业|主体|经营主体)")


# the party a document says its measures face: "关于面向小微企业的…措施", "本措施面向本区中小微企业"
_FACING = re.compile(r"面向(?:本区|全区|本市|全市|辖区|区内|市内)?(?P<p>(?:中小微|小型微型|中小|小微)(?:企业|主体|经营主体))")


def facing(title: str | None, preamble: list[str] | tuple[str, ...] = ()) -> str:
    """The size party `title` or a line of `preamble` says the document faces (面向…), or ""."""
    for line in [title or "", *preamble]:
        if m := _FACING.search(line):
            return m.group("p")
    return ""


def _sizes_of(words: str) -> list[str]:
    for party, sizes in _PARTY_SIZES:
        if party in words:
            return list(sizes)
    return [_CHAR[c] for c in SIZES_CHARS if c in words]


SIZES_CHARS = "大中小微"


def excluded_sizes(text: str) -> tuple[list[str], str] | None:
    """(the sizes `text` takes out of its grant, the words saying so), or None."""
    m = _EXCLUDED.search(text)
    if not m:
        return None
    words = m.group("a") or m.group("b")
    return [s for s in SIZES if s in _sizes_of(words)], m.group(0)


def listed_sizes(text: str) -> tuple[list[str], str] | None:
    """(the sizes listed one by one before 企业 in `text`, the words), or None."""
    m = _LISTED.search(text)
    if not m:
        return None
    return [s for s in SIZES if s in _sizes_of(m.group(0))], m.group(0)


def scope_sizes(words: str) -> tuple[list[str], str] | None:
    """(the sizes a heading or a document's declared party names, the words), or None."""
    m = _SIZE_PARTY.search(words or "")
    return ([s for s in SIZES if s in _sizes_of(m.group(0))], m.group(0)) if m else None


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
    defined = defined_sizes(text)
    for clause in clauses:
        if enterprise not in clause.get("entity_types", []):
            continue
        scope = clause.get("shared", "") + clause.get("line", "")
        basis = clause.setdefault("tag_basis", {})
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
        if excluded:
            # (a size read from the exclusion itself, "…用人单位…，大型企业除外" → 大型, is no receiver)
            own = [s for s in clause.get("sizes") or [] if s not in excluded[0]]
            kept = [s for s in (own or SIZES) if s not in excluded[0]]
            clause["sizes"] = kept
            basis["sizes"] = {s: excluded[1] for s in kept}
