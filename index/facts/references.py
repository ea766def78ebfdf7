"""Parties named by a reference to another article of the same text ("对本法第十七条第四项、第五项规定的人员，…给予…"):
the words of the articles or items referred to, so that the reader of who benefits can read the party there
("（四）从事个体经营的…失业人员" names an individual business). Official texts refer this way in general; only
references to the same text (本法, 本条例, 本办法, 本规定) are followed, and only to articles it holds.
"""
from __future__ import annotations

import re

from index.source.tokens import cn_number

_NUM = r"[一二三四五六七八九十百零〇]+|\d+"
_REFERENCE = re.compile(rf"本(?:法|条例|办法|规定|细则|措施)第(?P<article>{_NUM})条(?P<items>(?:(?:、|和|及|或者)?第(?:{_NUM})项)*)"
                        r"(?:所)?(?:规定|列举|所列)的")
_ITEM_NUMBER = re.compile(rf"第({_NUM})项")
_ITEM = re.compile(r"[（(]([一二三四五六七八九十]+)[）)]([^（(]*)")


def _number(words: str) -> int:
    return int(words) if words.isdigit() else cn_number(words)


def _items(text: str) -> dict[int, str]:
    """The enumerated items of an article ("（一）…；（二）…"), by number."""
    return {cn_number(m.group(1)): m.group(2).strip("；;。 ") for m in _ITEM.finditer(text)}


def referred_words(text: str, articles: dict[int, str]) -> str:
    """The words of the articles or items `text` refers to by number in the same text (`articles`: article number
    to its text), joined by "；"; "" when it refers to none it holds."""
    out: list[str] = []
    for m in _REFERENCE.finditer(text):
        article = articles.get(_number(m.group("article")))
        if not article:
            continue
        wanted = [_number(n) for n in _ITEM_NUMBER.findall(m.group("items"))]
        items = _items(article)
        out += [items[n] for n in wanted if n in items] if wanted else [article]
    return "；".join(out)


def referred_question(text: str, referred: str) -> str:
    """The question a receiver named by reference leaves: whether the visitor is one of the parties referred to."""
    m = _REFERENCE.search(text)
    named = m.group(0) if m else "本条所指"
    return f"本条给予{named}对象（“{referred}”）：您是否属于？"
