"""Which measures of a scrambled source lost text: the hand-over points between its interleaved passes.

Why: the scrambled files (平谷, 昌平) interleave two passes of the text, chunk by chunk: pass A covers the
whole document, pass B repeats only its first measures (notice to 23 in 平谷, to 22 in 昌平), both in order.
At every point where A hands over to B, A loses at least a sentence, a tail or a number; inside a
continuous A chunk nothing is ever lost (content-audit.md §1). Where B repeats a measure, B fills the gap;
beyond B's last measure nothing does, so a measure that stands at an A hand-over point there may be missing
text. Such a measure is flagged 文本不完整 ("consult the original"), never silently shown as whole.
"""
from __future__ import annotations

from collections import Counter

from index.source.tokens import Kind, Token


def repeated_range(tokens: list[Token]) -> int:
    """The last measure number the second pass repeats (its numbers are printed twice); 0 when none is."""
    counts = Counter(t.number for t in tokens if t.kind is Kind.ITEM and t.number is not None)
    twice = [n for n, c in counts.items() if c >= 2]
    return max(twice, default=0)


def handover_measures(tokens: list[Token], owner: dict[str, int]) -> dict[int, str]:
    """{measure number: why} for the measures beyond the repeated range that stand at a hand-over point.

    `owner` maps each placed sentence to its measure number. A token is pass B's when it belongs to a
    measure the second pass repeats (≤ the repeated range), pass A's when beyond it; headings and tails
    go with the token before them. A measure before a hand-over is whole only when its chunk ended with
    its tail; a measure after one only when the chunk resumed with its number."""
    last = repeated_range(tokens)
    if not last:
        return {}
    labelled: list[tuple[str, int | None, Token]] = []  # (pass, measure, token)
    started = False
    for token in tokens:
        number = token.number if token.kind is Kind.ITEM else owner.get(token.text) if token.kind is Kind.SENT else None
        if number is not None and number > last:
            started = True
        if not started:
            continue
        if number is None:
            if labelled:
                labelled.append((labelled[-1][0], labelled[-1][1], token))
            continue
        labelled.append(("A" if number > last else "B", number, token))
    found: dict[int, str] = {}
    for i in range(1, len(labelled)):
        before, after = labelled[i - 1], labelled[i]
        if before[0] == "A" and after[0] == "B" and before[1] is not None:
            if before[2].kind is not Kind.UNITS:
                found.setdefault(before[1], "原文第一遍在本条中途转入第二遍（交接点），本条之后的文字、单位可能丢失")
        if before[0] == "B" and after[0] == "A" and after[1] is not None:
            if after[2].kind is not Kind.ITEM:
                found.setdefault(after[1], "原文第一遍从第二遍转回时接在本条中途（交接点），本条前面的文字、编号可能丢失")
    return found
