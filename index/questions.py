"""A visitor's question of several parts ("房租能减免吗？社保能缓缴吗？") is several questions: the
text split where one question ends and the next begins, so the engine answers each on its own instead
of looking for measures that hold every word of both.

A part ends at a sentence's end (？ ! 。 ； and their ASCII forms, a line break), at a comma or
enumeration comma right after a question particle (…吗，…), and before a connective that opens a new
clause (另外, 还有, 此外, 还想问, 再问: not 以及 or 同时, which also join words within one
question). Quoted text is never split. Parts left with
no word characters are dropped; one part means the text is one question.
"""
from __future__ import annotations

import re

from index.analysis import RUN

_QUOTES = re.compile(r"[\"“”「」『』]")
_END = r"[？?！!。；;\n]+"
_AFTER_PARTICLE = r"(?<=[吗呢么嘛])\s*[，,、 　]+"
CONNECTIVES = ("另外", "还有", "此外", "还想问", "再问")
_BEFORE_CONNECTIVE = r"[，,、\s]*(?=(?:" + "|".join(CONNECTIVES) + r"))"
_SPLIT = re.compile(f"{_END}|{_AFTER_PARTICLE}|{_BEFORE_CONNECTIVE}")
_LEADING = re.compile(r"^(?:" + "|".join(CONNECTIVES) + r")")
# what any split needs: an end, a particle before a comma, or a connective's first character (most queries hold none)
_MAY_SPLIT = re.compile("[？?！!。；;\n吗呢么嘛" + "".join(sorted({c[0] for c in CONNECTIVES})) + "]")
MAX_PARTS = 5


def question_parts(text: str) -> list[str]:
    """The questions of `text`, in order, each as typed (without the punctuation between them and a
    connective that opened it). [text] when it is one question or holds a quotation."""
    text = (text or "").strip()
    if not text or _QUOTES.search(text) or not _MAY_SPLIT.search(text):
        return [text]
    parts = []
    for piece in _SPLIT.split(text):
        piece = _LEADING.sub("", piece.strip()).strip(" ，,、　")
        if piece and RUN.search(piece):
            parts.append(piece)
    parts = list(dict.fromkeys(parts))
    if len(parts) > MAX_PARTS:  # a pasted paragraph: the last parts are asked together
        parts = parts[: MAX_PARTS - 1] + [" ".join(parts[MAX_PARTS - 1 :])]
    return parts if len(parts) > 1 else [text]
