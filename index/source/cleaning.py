"""Clean text copied out of PDFs, Word and web pages without rewording it.

Every function here only removes residue (bookmarks, bylines, stray spaces, hard line breaks) or
unifies half-width punctuation inside Chinese text; none adds or changes a word.
"""
from __future__ import annotations

import re

CJK = r"\u3400-\u9fff\uf900-\ufaff"
# Full-width punctuation that sits in Chinese text; a space next to one of these is never meaningful.
CJK_PUNCT = "，。、；：？！“”‘’（）《》〔〕【】—…·％"
_TERMINAL = "。！？；：”）)》"

_RESIDUE = re.compile(r"\[bookmark:[^\]]*\]|[\u200b\u200c\u200d\ufeff]")
_BYLINE = re.compile(r"(?:责任编辑|编辑|来源|校对)[：:]\s*[\u4e00-\u9fff·]{2,8}\s*$")
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}
_HALF_PUNCT = re.compile(
    rf"(?<=[{CJK}{CJK_PUNCT}])\s*([,:;()?!])|([,:;()?!])\s*(?=[{CJK}{CJK_PUNCT}])"
)
_STRAY_SPACE = re.compile(
    rf"(?<=[{CJK}{CJK_PUNCT}0-9A-Za-z%])[ \t\u3000\u00a0]+(?=[{CJK}{CJK_PUNCT}])"
    rf"|(?<=[{CJK}{CJK_PUNCT}])[ \t\u3000\u00a0]+(?=[0-9A-Za-z%])"
)
LINE_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,3}\s*[.、．](?!\d+%)"
    r"|第[一二三四五六七八九十百零〇]{1,5}[章条]|笫[一二三四五六七八九十百零〇]{1,5}条|[（(]\d{1,2}[）)]|[\u2460-\u2473]"
    r"|(?:责任|牵头|主责)(?:单位|部门)\s*[：:])"
)


def remove_residue(text: str) -> tuple[str, list[str]]:
    """Drop Word bookmarks, zero-width characters and bylines; return what was removed."""
    removed = [m.group(0) for m in _RESIDUE.finditer(text) if m.group(0).strip()]
    text = _RESIDUE.sub("", text)
    lines = []
    for line in text.split("\n"):
        match = _BYLINE.search(line)
        if match:
            removed.append(match.group(0).strip())
            line = line[: match.start()]
        lines.append(line)
    return "\n".join(lines), removed


def unify_punctuation(text: str) -> str:
    """Half-width , : ; ( ) ? ! next to Chinese become full-width, as the rest of the text has them."""
    return _HALF_PUNCT.sub(lambda m: _HALF_TO_FULL[m.group(1) or m.group(2)], text)


def remove_stray_spaces(text: str) -> str:
    """"不低于 50 亿元" → "不低于50亿元": spaces next to Chinese characters carry no meaning."""
    return _STRAY_SPACE.sub("", text)


def join_broken_lines(text: str) -> str:
    """Undo hard line breaks and page breaks inside sentences.

    A line is joined to the previous one when the previous one does not end a sentence, is not a
    heading, and the line does not open a new numbered unit. The first line (the title block) is not
    glued to the body across a blank line.
    """
    logical: list[str] = []
    after_blank = False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            after_blank = bool(logical)
            continue
        if logical and _continues(logical[-1], line, title_block=(len(logical) == 1 and after_blank)):
            logical[-1] += line
        else:
            logical.append(line)
        after_blank = False
    return "\n".join(logical)


# a note in brackets on a line of its own, dated: "（2026年6月20日区政府第15次常务会议审议通过）" under a title
_DATED_NOTE = re.compile(r"^[（(][^（）()]{0,60}(?:\d{4}|[〇零○一二三四五六七八九]{4})年[^（）()]{0,60}[）)]$")


def _continues(previous: str, line: str, *, title_block: bool) -> bool:
    if title_block or previous[-1] in _TERMINAL or LINE_MARKER.match(line) or _DATED_NOTE.match(line):
        return False
    return not is_heading_line(previous)


def is_heading_line(line: str) -> bool:
    return bool(LINE_MARKER.match(line)) and len(line) <= 60 and "。" not in line


def clean(text: str) -> tuple[str, list[str]]:
    """The whole cleaning pipeline; returns the clean text and the residue removed."""
    text, removed = remove_residue(text)
    text = unify_punctuation(text)
    text = remove_stray_spaces(text)
    text = join_broken_lines(text)
    return text, removed
