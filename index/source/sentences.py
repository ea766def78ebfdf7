"""Split a measure's clean text into sentences (after 。；！？). One splitter for the taxonomy, the
benchmark's synthetic corpus and the source view; the tokenizer keeps its own, offset-keeping one."""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[。；！？])")


def split_sentences(text: str) -> list[str]:
    """"一。二；三" → ["一。", "二；", "三"]."""
    return [s for s in (p.strip() for p in _SENTENCE_END.split(text or "")) if s]
