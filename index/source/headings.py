"""An article's own heading written in brackets before its text ("第六条　（人才公寓保障）在本区…"), as district
rules and plans print them: the measure's title, not the first words of its text."""
from __future__ import annotations

import re

from index.models import Measure

_OPEN, _CLOSE = "[（(【〔]", "[）)】〕]"
_BRACKETS = "（）()【】〔〕"
# （人才公寓保障） / 【附则】 / （补贴首台（套）装备保险）: 2–24 characters, no sentence punctuation, at most one
# bracket pair inside; never an enumeration (（一）, （3）), which the tokenizer reads as numbering
_TITLE_CHAR = rf"[^{_BRACKETS}。，,；;：:！？、]"
_HEADING = re.compile(rf"^\s*{_OPEN}(?P<title>{_TITLE_CHAR}{{1,20}}(?:[（(][^（）()。，；：]{{1,4}}[）)]{_TITLE_CHAR}{{0,12}})?)"
                      rf"{_CLOSE}\s*")
# the same heading opening a last article before its words about the whole text ("（附则）本办法自…起施行",
# index/source/metadata.py): that reader only strips it and then asks whether the rest is about the text, so it
# asks less of the words inside (anything but a bracket, 。 or ；: commas and colons too) but keeps them short (1–12
# characters, no bracket pair inside) and takes no space around the brackets, as it always has
LEAD_HEADING = re.compile(rf"^{_OPEN}[^{_BRACKETS}。；]{{1,12}}{_CLOSE}")
_NUMBERING = re.compile(r"^[\d一二三四五六七八九十百零〇]+$")


def take_bracketed_headings(measures: list[Measure]) -> None:
    """A measure without a title whose text opens with a heading in brackets gets it as its title, and the
    text keeps only what follows (a heading on a line of its own, followed by the text, goes the same way)."""
    for measure in measures:
        if measure.title or not measure.sentences:
            continue
        match = _HEADING.match(measure.sentences[0])
        if not match or len(match.group("title")) < 2 or _NUMBERING.match(match.group("title")):
            continue
        rest = measure.sentences[0][match.end():]
        if not rest and len(measure.sentences) == 1:
            continue  # a bracketed line with nothing after it is the text itself
        measure.title = match.group("title")
        measure.sentences[0:1] = [rest] if rest else []


def only_headings(sentences: list[str]) -> bool:
    """Whether an article's words so far are no more than its bracketed heading (第十三条　（附则）⏎…)."""
    return all((m := _HEADING.match(s)) and not s[m.end():].strip() for s in sentences)
