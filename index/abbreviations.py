"""Abbreviations read from the library's own texts: a short word a clerk types (个税, 个转企, 年报) that
occurs nowhere literally stands for the phrases of the texts whose words start with its characters,
in order (个人所得税, 个体工商户申请转变为企业, 年度报告). Computed on the texts the engine holds, so
documents imported later get it too; renames no text spells out (工商 → 市场监管) stay in the synonym
table. Qt-free, no state: the engine caches what it finds."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from index.analysis import cut_words, sub_words

MAX_GAP = 8  # characters between two of the abbreviation's characters, inside one clause
MAX_FORMS = 4  # full forms kept, the most frequent first
MAX_ROWS = 2000  # rows read for one abbreviation (a bound on the time, never reached on real libraries)
_CJK_WORD = re.compile(r"[\u3400-\u9fff]{2,4}")
_CLAUSE_BREAK = "，。；：、！？,.;:!?\n（）()《》“”\""


def can_abbreviate(word: str) -> bool:
    """Two to four Chinese characters, no character twice: what an abbreviation looks like."""
    return _CJK_WORD.fullmatch(word) is not None and len(set(word)) == len(word)


def full_forms(word: str, texts: Iterable[str]) -> list[str]:
    """The phrases of `texts` that `word` abbreviates: each character of `word` starts a word of the
    phrase (the last may end one: 个税 ← 个人所得税), in order, within one clause and at most
    MAX_GAP characters apart; the phrase runs to the end of the word holding the last character.
    A dictionary word inside a long word counts as a word (年报 ← 年度报告). The most frequent
    first; [] when none."""
    if not can_abbreviate(word):
        return []
    gap = f"[^{re.escape(_CLAUSE_BREAK)}]{{0,{MAX_GAP}}}?"
    pattern = re.compile(gap.join(re.escape(c) for c in word))
    found: Counter[str] = Counter()
    for n, text in enumerate(texts):
        if n >= MAX_ROWS:
            break
        for match in pattern.finditer(text):
            form = _form(text, match.start(), match.end(), word)
            if form and form != word:
                found[form] += 1
    return [form for form, _ in sorted(found.items(), key=lambda item: (-item[1], len(item[0]), item[0]))[:MAX_FORMS]]


def _form(text: str, start: int, end: int, word: str) -> str | None:
    """The phrase from `start` to the end of the word holding text[end - 1], when each of `word`'s
    characters starts a word there, or a dictionary word inside a long one (the last may end one
    instead); else None."""
    context = text[max(0, start - 4) : end + 6]
    offset = start - max(0, start - 4)
    words = cut_words(context)
    starts = {s for _, s, _ in words}
    ends = {e for _, _, e in words}
    for w, s, _ in words:  # the dictionary words inside a long word start words too (年度报告 → 年度, 报告)
        for piece in sub_words(w):
            at = w.find(piece)
            starts.add(s + at)
            ends.add(s + at + len(piece))
    if offset not in starts:
        return None
    at = offset
    positions = []
    for char in word:
        at = context.index(char, at)
        positions.append(at)
        at += 1
    if any(p not in starts for p in positions[1:-1]):
        return None
    last = positions[-1]
    if last not in starts and last + 1 not in ends:
        return None
    stop = next((e for _, s, e in words if s <= last < e), last + 1)
    return context[offset:stop]
