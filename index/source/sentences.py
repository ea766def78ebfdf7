"""Split a measure's clean text into sentences (after 。；！？). One splitter for the taxonomy, the
benchmark's synthetic corpus and the source view; the tokenizer keeps its own, offset-keeping one. And the
clause around a span of a sentence (between its punctuation), for the words a deadline or a condition is read in."""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[。；！？])")


def split_sentences(text: str) -> list[str]:
    """"一。二；三" → ["一。", "二；", "三"]."""
    return [s for s in (p.strip() for p in _SENTENCE_END.split(text or "")) if s]


def clause_after(s: str, at: int) -> str:
    """The rest of the clause from `at` (up to its next punctuation)."""
    return re.match(r"[^，,。；;]*", s[at:]).group(0)


def clause_around(s: str, start: int, end: int) -> str:
    """The clause holding s[start:end], without its leading conjunction: "并在开业之日起6个月内提出申请" →
    "在开业之日起6个月内提出申请"."""
    head = re.split(r"[，,。；;：:]", s[:start])[-1]
    clause = head + s[start:end] + clause_after(s, end)
    return re.sub(r"^(?:并|且|并且|同时|其中|另外)", "", clause.strip())

