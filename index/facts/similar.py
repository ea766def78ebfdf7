"""Which measures are "the same kind" as a given one, for the 同类措施 comparison. Qt-free, any thread.

Same benefit type (other than 政府工作) when the measure has one; when it has none, measures whose
subsection wording is close. Ranked by shared types and by shared wording, grouped city first.
"""
from __future__ import annotations

import re

from index.facts.taxonomy import GOVERNMENT
from index.vocab import MUNICIPAL

_NUMBERING = re.compile(r"^[（(]?[一二三四五六七八九十百\d]+[）).、．]\s*")
_CJK = re.compile(r"[\u3400-\u9fff0-9A-Za-z]+")


def kinds(measure: dict) -> set[str]:
    return {t for t in measure.get("benefit_types") or [] if t != GOVERNMENT}


def _grams(text: str) -> set[str]:
    out: set[str] = set()
    for run in _CJK.findall(text or ""):
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    return out


def _heading(measure: dict) -> str:
    return _NUMBERING.sub("", measure.get("subsection") or measure.get("title") or "")


def _likeness(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def primary_kinds(seed: dict, measures: list[dict]) -> set[str]:
    """The seed's most specific benefit type(s): the rarest in the data. Rent relief (5 measures) says
    more about a measure than "subsidies and awards" (40+), so the comparison is about rent relief."""
    own = kinds(seed)
    if len(own) <= 1:
        return own
    frequency = {k: sum(1 for m in measures if k in kinds(m)) for k in own}
    rarest = min(frequency.values())
    return {k for k, n in frequency.items() if n == rarest}


def similar_measures(seed: dict, measures: list[dict], *, min_heading_likeness: float = 0.25) -> list[dict]:
    """Measures of the same kind as `seed` (seed first), then city before districts, best match first."""
    seed_kinds = primary_kinds(seed, measures)
    seed_words = _grams(_heading(seed)) | _grams((seed.get("text") or "")[:120])
    seed_heading = _grams(_heading(seed))
    scored: list[tuple[float, dict]] = []
    for m in measures:
        if m["id"] == seed["id"]:
            continue
        if seed_kinds:
            shared = len(seed_kinds & kinds(m))
            if not shared:
                continue
            score = shared + _likeness(seed_words, _grams(_heading(m)) | _grams((m.get("text") or "")[:120]))
        else:
            score = _likeness(seed_heading, _grams(_heading(m)))
            if score < min_heading_likeness:
                continue
        scored.append((score, m))
    scored.sort(key=lambda item: (item[1]["district"] != MUNICIPAL, -item[0], item[1]["id"]))
    return [seed] + [m for _, m in scored]


def default_picks(seed: dict, similar: list[dict], per_district: int = 1, limit: int = 6) -> list[str]:
    """The seed and the best match from each other district (and the city): the first columns shown."""
    picks = [seed["id"]]
    taken: dict[str, int] = {seed["district"]: 1}
    for m in sorted(similar[1:], key=lambda m: m["district"] != MUNICIPAL):
        if len(picks) >= limit:
            break
        if taken.get(m["district"], 0) < per_district:
            picks.append(m["id"])
            taken[m["district"]] = taken.get(m["district"], 0) + 1
    return picks
