"""Terms a document defines for the parties it speaks of, and what they mean wherever it uses them later.

Official texts name a party once in full and give it a short name for the rest of the text:
"对本区中小微企业和个体工商户（以下统称经营主体）…", "在本市注册的小型微型企业（以下简称小微企业）", "…（以下称企业）",
"科技型中小企业和专精特新企业统称为创新主体", "本措施所称经营主体，是指…". From there on, in the same measure and in the
measures after it, the short name means exactly the parties named in full: "经营主体" there is 中小微企业和个体工商户
(never a large enterprise), whatever the word means elsewhere. The parenthesis that gives the name names no party of
its own ("（以下统称经营主体）" does not widen the measure to every business).

`defined_terms(text)` reads the definitions of one text; `expanded(words, terms)` puts the full words in place of each
short name where it stands as a name of its own ("大型企业" is not the short name "企业"), for reading who receives.
What is shown to users is never rewritten: the expansion is only read.
"""
from __future__ import annotations

import re

# "（以下统称经营主体）", "（以下简称“小微企业”）", "(以下称企业)", "（以下统称为经营主体）", "（下称…）", "（简称…）"
_PAREN = re.compile(r"[（(](?:以下|下文|下)?(?P<verb>统称|简称|合称|称)(?:为)?[“\"「]?(?P<term>[^，。；：、（）()“”\"「」]{1,12}?)[”\"」]?[）)]")
# "…统称为创新主体", "…统称经营主体" outside a parenthesis (the words before it, back to the sentence's start)
_COLLECTIVE = re.compile(r"(?P<words>[^，。；：（）()]{2,40}?)(?:以下)?(?:统称为|统称|合称为|合称|简称为)[“\"「]?"
                         r"(?P<term>[^，。；：、（）()“”\"「」的]{2,10}?)[”\"」]?(?=[，。；）)]|$)")
# "本措施所称经营主体，是指…", "本办法所称小微企业是指…" (the words after 是指/指, to the sentence's end)
_MEANS = re.compile(r"(?:本|上述)[^，。；]{0,6}?所称[“\"「]?(?P<term>[^，。；：、“”\"「」]{2,12}?)[”\"」]?[，,]?(?:是指|系指|指)"
                    r"(?P<words>[^。；\n]{2,80})")
# where the words of a party defined by a parenthesis start: after punctuation or a word that introduces a party
_LEAD = re.compile(r".*(?:[，。；：“”（）()》\n]|对|为|向|给|支持|鼓励|引导|推动|帮助|扶持|面向|针对)", re.S)
# a short name stands as a name of its own, or narrowed by a trade or a place before it ("餐饮经营主体", "本区企业");
# not inside a longer name of another party ("大型企业", "国有企业", "农业经营主体", "规模以上企业")
_NOT_AFTER = ("大型", "中型", "小型", "微型", "大", "中", "小", "微", "国有", "民营", "私营", "外资", "外商投资", "外贸", "农业",
              "涉农", "集体", "上市", "龙头", "平台", "金融", "骨干", "链主", "领军", "以上", "以下", "个体", "事业", "社会")
_BEFORE = "".join(f"(?<!{w})" for w in _NOT_AFTER)


# the head of a short name of a party
_PARTY_NAME = re.compile(r"(?:企业|公司|主体|商户|个体工商户|个体户|经营者|门店|店铺|商家|用人单位|合作社)$")


def defining_parentheses(text: str) -> str:
    """`text` with each parenthesis that gives a short name blanked (it names no party of its own)."""
    return _PAREN.sub(lambda m: "\0" * len(m.group(0)), text)


def defined_terms(text: str) -> list[tuple[str, str]]:
    """(short name, the full words it stands for) of every definition in `text`, in order."""
    found: list[tuple[int, str, str]] = []
    inside = []  # the parentheses' spans
    for m in _PAREN.finditer(text):
        inside.append((m.start(), m.end()))
        before = text[max(0, m.start() - 60):m.start()]
        lead = _LEAD.match(before)
        words = before[lead.end():] if lead else before
        if len(words) >= 2:
            found.append((m.start(), m.group("term"), words))
    for m in _COLLECTIVE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in inside):
            continue  # (the parenthesis, read above)
        lead = _LEAD.match(m.group("words"))
        words = m.group("words")[lead.end():] if lead else m.group("words")
        if len(words) >= 2:
            found.append((m.start(), m.group("term"), words))
    for m in _MEANS.finditer(text):
        found.append((m.start(), m.group("term"), m.group("words")))
    # (a short name of a document, "（以下简称《条例》）", names no party)
    # only a short name of a party (not of a body, "登记机关", nor of a document), defined by words of its own (not by
    # the items of a list, "…的下列自然人、法人及非法人组织：")
    found = [(start, term, words.strip()) for start, term, words in found
             if _PARTY_NAME.search(term) and not re.search(r"下列|以下|如下", words)]
    # (a place that opens the words is where the text applies, not part of the party: "本区中小微企业…")
    found = [(start, term, re.sub(r"^(?:第[一二三四五六七八九十百零〇\d]+条\s*)?(?:本区|本市|区内|市内|全区|全市|辖区内?)?", "", words))
             for start, term, words in found]
    return [(term, words) for _, term, words in sorted(found) if term != words and "《" not in term + words]


# a bare head word, the generic name of a kind of party: given as the abbreviation of one party inside a measure
# ("对本区大型工业企业（以下简称企业）…"), it is that measure's own shorthand, not what 企业 means in the measures after it
_BARE_HEAD = re.compile(r"^(?:企业|公司|单位|用人单位|主体|经营主体|市场主体|商户|经营者)$")


def measure_own_names(text: str) -> set[str]:
    """The short names a measure's `text` gives only for itself: a bare head word (企业, 公司, 单位, 经营主体 …)
    abbreviating a party in a parenthesis (以下简称 / 以下称), which a plan's drafter uses within one item. A
    collective name for several parties (以下统称经营主体, 合称) is coined for the text and holds after it, as does a
    definition of what the text means by a word (本措施所称…是指) and any definition in the preamble."""
    return {m.group("term") for m in _PAREN.finditer(text)
            if m.group("verb") in ("简称", "称") and _BARE_HEAD.match(m.group("term"))}


def expanded(words: str, terms: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> str:
    """`words` with each short name of `terms` standing as a name of its own replaced by the full words it stands for
    (the parenthesis that gives it blanked first); `words` unchanged when no term applies."""
    if not terms:
        return words
    out = defining_parentheses(words)
    for term, full in sorted(terms, key=lambda t: -len(t[0])):
        if term in out and term not in full:
            out = re.sub(_BEFORE + re.escape(term), lambda _m: full, out)
        elif term in out and full.endswith(term):
            # the full words end with the short name ("小型微型企业（以下简称企业）"): each occurrence not already
            # the end of the full words
            out = re.sub(_BEFORE + r"(?<!" + re.escape(full[:-len(term)]) + r")" + re.escape(term), lambda _m: full, out)
    return out
