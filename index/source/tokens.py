"""Split clean policy text into structural tokens: part and subsection headings, item markers,
sentences and responsibility tails. Works on one-line web dumps and on line-broken text alike."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

CN_DIGITS = "一二三四五六七八九十"


class Kind(str, Enum):
    CHAPTER = "chapter"  # 第一章… / 第一部分… / 第一篇…
    ARTICLE = "article"  # 第一条…
    PART = "part"  # 一、…
    SUB = "sub"  # （一）…
    ITEM = "item"  # 1. / 1、
    PAREN = "paren"  # （1）
    CIRCLED = "circled"  # ①
    SENT = "sentence"
    UNITS = "units"  # （责任单位：…）


# Numbering that carries no title of its own: the measure's sentences follow as SENT tokens.
MARKER_ONLY = (Kind.ARTICLE, Kind.ITEM, Kind.PAREN, Kind.CIRCLED)


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str  # heading title, sentence text, or the units as printed
    start: int
    end: int
    number: int | None = None
    marker: str = ""  # the numbering as printed: "一、", "（三）", "4."
    inline: bool = False  # a heading that ends with 。 and so is also the measure's first sentence


_ROLE = r"(?:责任|牵头|主责)(?:单位|部门)"
_OTHER_ROLE = re.compile(r"(?:责任|牵头|主责|配合|协办|参与|协同)(?:单位|部门)\s*[：:]")
# （责任单位：…） (牵头单位：…；配合单位：…) （责任部门：…）; a unit may carry its own brackets:
# （责任单位：区市场监管局（区知识产权局）、各街道（乡镇））
_UNITS = re.compile(rf"[（(]\s*({_ROLE})\s*[：:]\s*((?:[^（）()]|[（(][^（）()]*[）)])*?)\s*[）)]")
# 责任单位：区税务局、区财政局 — a line of its own (or after a sentence), without brackets: it ends with
# the line, a 。, or the next numbering of a one-line dump.
_CN_NUM = "一二三四五六七八九十百零〇"
_BARE_UNITS = re.compile(
    rf"({_ROLE})\s*[：:]\s*([^\n。]+?)\s*(?:。|(?=\n|$|\d{{1,3}}\s*[.、．][^\d]|[（(][{CN_DIGITS}]{{1,3}}[）)]|[{CN_DIGITS}]{{1,3}}、|第[{_CN_NUM}]+(?:[章条篇]|部分)))"
)
_PART = re.compile(rf"([{CN_DIGITS}]{{1,3}})、")
_SUB = re.compile(rf"[（(]([{CN_DIGITS}]{{1,3}})[）)]")
# a plan's parts are headed 第一部分 / 第一篇 as a regulation's chapters are 第一章 (at a line's start only, as chapters)
# — a part's heading only: followed by a space or by a short title that ends its line ("第三部分所列事项由…牵头，…" at a
# line's start is a sentence, "第一篇章已经开启" is no part)
_CHAPTER = re.compile(rf"第([{_CN_NUM}]{{1,5}})(?:章|(?:部分|篇(?!章))(?=[ \t　：:、]|[^，。；！？\n]{{1,24}}(?:\n|$)))")
# (笫 for 第 is a frequent typo of copied legal texts: "笫三条" heads an article as "第三条" does)
_ARTICLE = re.compile(rf"[第笫]([{_CN_NUM}]{{1,5}})条")
_PAREN = re.compile(r"[（(](\d{1,2})[）)]")
_CIRCLED = re.compile(r"([\u2460-\u2473])")
# "4.2022年" is item 4; "2.0升", "1.5%", "3.0建设" are numbers (and never stand at a boundary anyway).
_ITEM = re.compile(r"(\d{1,3})\s*[.、．](?!\d+(?:\.\d+)?\s*(?:%|％|万|亿|升|倍|个百分点))")
_BOUNDARY_BEFORE = set("\n。；！？）)”：")
_SENTENCE_END = "。！？"
_HEADING_MAX = 60


def cn_number(text: str) -> int:
    """一 → 1, 十 → 10, 十五 → 15, 二十三 → 23, 一百零五 → 105."""
    total, digit = 0, 0
    for ch in text:
        if ch in "零〇":
            continue
        if ch in "十百":
            total += (digit or 1) * (10 if ch == "十" else 100)
            digit = 0
        else:
            digit = CN_DIGITS.index(ch) + 1
    return total + digit


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i, n = 0, len(text)
    heading_end = -1  # a marker may follow a heading directly: "（一）留抵退税“直达快享”1.严格…"
    while i < n:
        if text[i] in " \n\t":
            i += 1
            continue
        at_boundary = i == 0 or text[i - 1] in _BOUNDARY_BEFORE or i == heading_end
        line_start = i == 0 or text[i - 1] == "\n"
        token = _units_at(text, i, bare=at_boundary and (line_start or text[i - 1] in "。）)")) or (
            _marker_at(text, i, line_start) if at_boundary else None)
        if token is None:
            token = _sentence_at(text, i)
        elif token.kind in (Kind.CHAPTER, Kind.PART, Kind.SUB) or (token.kind in MARKER_ONLY and not token.text):
            heading_end = token.end
        tokens.append(token)
        i = token.end
    return tokens


def _units_at(text: str, i: int, bare: bool = False) -> Token | None:
    match = _UNITS.match(text, i) or (_BARE_UNITS.match(text, i) if bare else None)
    if not match:
        return None
    label, units = match.group(1), match.group(2).strip()
    if _OTHER_ROLE.search(units):
        units = f"{label}：{units}"  # 牵头单位：…；配合单位：… keeps who leads
    return Token(Kind.UNITS, units, match.start(), match.end())


_MARKERS = (
    (Kind.CHAPTER, _CHAPTER, cn_number), (Kind.ARTICLE, _ARTICLE, cn_number), (Kind.PART, _PART, cn_number),
    (Kind.SUB, _SUB, cn_number), (Kind.ITEM, _ITEM, int), (Kind.PAREN, _PAREN, int),
    (Kind.CIRCLED, _CIRCLED, lambda c: ord(c) - 0x245F),
)


def _marker_at(text: str, i: int, line_start: bool = True) -> Token | None:
    for kind, pattern, to_int in _MARKERS:
        if kind in (Kind.CHAPTER, Kind.ARTICLE) and not line_start:
            continue  # "第一条生产线…" inside a sentence is not an article
        match = pattern.match(text, i)
        if not match:
            continue
        number = to_int(match.group(1))
        if kind in MARKER_ONLY:
            # the marker alone; the measure's sentences follow as SENT tokens
            return Token(kind, "", match.start(), match.end(), number, match.group(0).strip().replace("笫", "第", 1))
        title_end, inline = _heading_end(text, match.end())
        if title_end is None:
            return None
        title = text[match.end() : title_end].strip()
        end = title_end + 1 if inline else title_end
        return Token(kind, title.rstrip("。"), match.start(), end, number, match.group(0), inline)
    return None


def _heading_end(text: str, start: int) -> tuple[int | None, bool]:
    """Where a heading that starts at `start` ends: before a newline, a marker or a units tail,
    or after a 。 (an inline heading, which is also the first sentence of what follows)."""
    limit = min(len(text), start + _HEADING_MAX)
    for j in range(start, limit):
        ch = text[j]
        if ch == "\n":
            return j, False
        if ch == "。":
            return j, True
        if j > start and (_SUB.match(text, j) or _UNITS.match(text, j)):
            return j, False
        if j > start and not text[j - 1].isdigit() and _ITEM.match(text, j):
            return j, False
    if limit == len(text):
        return limit, False
    return None, False


def _sentence_at(text: str, i: int) -> Token:
    n = len(text)
    j = i
    while j < n:
        ch = text[j]
        if ch == "\n":
            break
        if ch in _SENTENCE_END:
            j += 1
            # closing quotes and brackets belong to the sentence they end
            while j < n and text[j] in "”’":
                j += 1
            break
        if j > i and ch in "（(" and _UNITS.match(text, j):
            break
        j += 1
    return Token(Kind.SENT, text[i:j].strip(), i, j)
