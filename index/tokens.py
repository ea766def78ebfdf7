"""Split clean policy text into structural tokens: part and subsection headings, item markers,
sentences and responsibility tails. Works on one-line web dumps and on line-broken text alike."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

CN_DIGITS = "一二三四五六七八九十"


class Kind(str, Enum):
    PART = "part"  # 一、…
    SUB = "sub"  # （一）…
    ITEM = "item"  # 1. / 1、
    SENT = "sentence"
    UNITS = "units"  # （责任单位：…）


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str  # heading title, sentence text, or the units as printed
    start: int
    end: int
    number: int | None = None
    marker: str = ""  # the numbering as printed: "一、", "（三）", "4."
    inline: bool = False  # a heading that ends with 。 and so is also the measure's first sentence


_UNITS = re.compile(r"[（(]\s*责任(?:单位|部门)\s*[：:]\s*([^（）()]*?)\s*[）)]")
_PART = re.compile(rf"([{CN_DIGITS}]{{1,3}})、")
_SUB = re.compile(rf"[（(]([{CN_DIGITS}]{{1,3}})[）)]")
# "4.2022年" is item 4; "2.0升", "1.5%", "3.0建设" are numbers (and never stand at a boundary anyway).
_ITEM = re.compile(r"(\d{1,3})\s*[.、．](?!\d+(?:\.\d+)?\s*(?:%|％|万|亿|升|倍|个百分点))")
_BOUNDARY_BEFORE = set("\n。；！？）)”：")
_SENTENCE_END = "。！？"
_HEADING_MAX = 60


def cn_number(text: str) -> int:
    """一 → 1, 十五 → 15, 二十三 → 23."""
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (CN_DIGITS.index(ones) + 1 if ones else 0)
    return CN_DIGITS.index(text) + 1


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i, n = 0, len(text)
    heading_end = -1  # a marker may follow a heading directly: "（一）留抵退税“直达快享”1.严格…"
    while i < n:
        if text[i] in " \n\t":
            i += 1
            continue
        at_boundary = i == 0 or text[i - 1] in _BOUNDARY_BEFORE or i == heading_end
        token = _units_at(text, i) or (_marker_at(text, i) if at_boundary else None)
        if token is None:
            token = _sentence_at(text, i)
        elif token.kind in (Kind.PART, Kind.SUB) or (token.kind is Kind.ITEM and not token.text):
            heading_end = token.end
        tokens.append(token)
        i = token.end
    return tokens


def _units_at(text: str, i: int) -> Token | None:
    match = _UNITS.match(text, i)
    if not match:
        return None
    return Token(Kind.UNITS, match.group(1), match.start(), match.end())


def _marker_at(text: str, i: int) -> Token | None:
    for kind, pattern, to_int in ((Kind.PART, _PART, cn_number), (Kind.SUB, _SUB, cn_number), (Kind.ITEM, _ITEM, int)):
        match = pattern.match(text, i)
        if not match:
            continue
        number = to_int(match.group(1))
        if kind is Kind.ITEM:
            # the marker alone; the measure's sentences follow as SENT tokens
            return Token(Kind.ITEM, "", match.start(), match.end(), number, match.group(0).strip())
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
