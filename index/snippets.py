"""Snippets with hits marked <mark>…</mark>, by literal matching (no re-tokenising per hit).
The surrounding text is HTML-escaped: a document's own '<' or '&' can never become markup."""
from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import NamedTuple

WINDOW = 90


@lru_cache(maxsize=256)
def pattern_of(terms: tuple[str, ...]) -> Terms | None:
    """How `snippet` looks for `terms` (None: nothing to mark); made once for a page of hits."""
    terms = tuple(t for t in terms if t)
    if not terms:
        return None
    either = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return Terms(re.compile(either, re.IGNORECASE), re.compile(f"({either})", re.IGNORECASE))


class Terms(NamedTuple):
    """The terms to mark, as one pattern (longest first), and the same in a group (re.split keeps the hits)."""
    pattern: re.Pattern[str]
    split: re.Pattern[str]


def _pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    found = pattern_of(terms)
    return found.pattern if found else None


def hit_spans(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    pattern = _pattern(terms)
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def _escape(text: str) -> str:
    """html.escape(text, quote=False), without its call overhead (a snippet escapes a few pieces)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_SPECIAL = re.compile("[&<>]")


def mark(text: str, spans: list[tuple[int, int]]) -> str:
    if _SPECIAL.search(text) is None:  # nothing to escape (the common case): the pieces as they are
        out, last = [], 0
        for start, end in spans:
            out += (text[last:start], "<mark>", text[start:end], "</mark>")
            last = end
        out.append(text[last:])
        return "".join(out)
    out, last = [], 0
    for start, end in spans:
        out.append(_escape(text[last:start]))
        out.append("<mark>" + _escape(text[start:end]) + "</mark>")
        last = end
    out.append(_escape(text[last:]))
    return "".join(out)


def snippet(text: str, terms: tuple[str, ...], width: int = WINDOW) -> str:
    """The window of `width` characters holding the most distinct hits, marked."""
    return snippet_by(text, pattern_of(terms), width)


def snippet_by(text: str, terms: Terms | None, width: int = WINDOW) -> str:
    """`snippet` with the terms' patterns made already (`pattern_of`: once for a page of hits)."""
    if terms is None:
        return _unmarked(text, width)
    if len(text) <= width and _SPECIAL.search(text) is None:
        # the whole text is the window and nothing needs escaping (the common case): the text split
        # at its hits (the same leftmost non-overlapping matches as finditer's), each hit marked
        pieces = terms.split.split(text)
        if len(pieces) > 1:
            pieces[1::2] = map(_MARKED, pieces[1::2])
        return "".join(pieces)
    spans = [m.span() for m in terms.pattern.finditer(text)]
    if not spans:
        return _unmarked(text, width)
    size = len(text)
    if size <= width:  # the whole text is the window
        return mark(text, spans)
    first = spans[0][0]
    # every hit in the first hit's window (the common case): none can hold more (_best_start's first test)
    best_start = first if spans[-1][1] <= first + width else _best_start(text, spans, width)
    # start a little before the first hit, at a sentence or clause boundary when one is near (the last
    # of 。；， in the 30 characters before it), else 12 characters before it
    boundary = _BOUNDARY.search(text, best_start - 30 if best_start > 30 else 0, best_start)
    begin = boundary.end() if boundary else best_start - 12 if best_start > 12 else 0
    # use the whole window: never stop short of the text's end while text before the hit is left out
    if begin > size - width:
        begin = size - width
    end = begin + width
    if _SPECIAL.search(text, begin, end) is not None:
        inside = [(max(s, begin) - begin, min(e, end) - begin) for s, e in spans if s < end and e > begin]
        return ("…" if begin > 0 else "") + mark(text[begin:end], inside) + ("…" if end < size else "")
    # nothing to escape (the common case): mark's pieces, cut from the text itself
    out = ["…"] if begin > 0 else []
    last = begin
    for start, stop in spans:
        if stop <= begin:
            continue
        if start >= end:
            break
        if start < begin:
            start = begin
        if stop > end:
            stop = end
        out += (text[last:start], "<mark>", text[start:stop], "</mark>")
        last = stop
    out.append(text[last:end])
    if end < size:
        out.append("…")
    return "".join(out)


_BOUNDARY = re.compile("[。；，](?=[^。；，]*$)")  # the last sentence or clause boundary before the search's end
_MARKED = "<mark>{}</mark>".format


def _unmarked(text: str, width: int) -> str:
    """The text's first `width` characters, escaped, when nothing in it is marked."""
    return _escape(text[:width]) + ("…" if len(text) > width else "")


def _best_start(text: str, spans: list[tuple[int, int]], width: int) -> int:
    """Where the window holding the most distinct hits starts (at a hit; distinct hits count ten
    times a repeat; the first of equals)."""
    if spans[-1][1] <= spans[0][0] + width:  # every hit in the first hit's window: none can hold more
        return spans[0][0]
    # one pass with a sliding window (spans come in text order)
    words = [text[s:e].lower() for s, e in spans]
    inside: dict[str, int] = {}
    best_start, best_score, j = 0, -1, 0
    for i, (start, _) in enumerate(spans):
        while j < len(spans) and spans[j][1] <= start + width:
            inside[words[j]] = inside.get(words[j], 0) + 1
            j += 1
        score = len(inside) * 10 + (j - i)
        if score > best_score:
            best_start, best_score = start, score
        if j > i:
            inside[words[i]] -= 1
            if not inside[words[i]]:
                del inside[words[i]]
        else:
            j = i + 1
    return best_start
