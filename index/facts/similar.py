"""Which measures are "the same kind" as a given one, for the 同类措施 comparison. Qt-free, any thread.

Same benefit type (other than 政府工作) when the measure has one; when it has none, measures whose
heading wording is close. Ranked by shared types, then by shared wording, grouped city first. The
wording's likeness is the Whoosh index's (SearchEngine.likeness: the seed's key terms in the index's
word field, Whoosh's more_like, scored BM25F), passed in as `likeness`.
"""
from __future__ import annotations

from collections.abc import Callable

from index.facts.taxonomy import GOVERNMENT
from index.vocab import MUNICIPAL

# (seed, field) → {measure id: likeness in (0, 1]} for the measures sharing the seed's key terms in
# that word field of the index ("body": the text, "heading": the subsection or title)
Likeness = Callable[[dict, str], dict[str, float]]


def kinds(measure: dict) -> set[str]:
    return {t for t in measure.get("benefit_types") or [] if t != GOVERNMENT}


def primary_kinds(seed: dict, measures: list[dict]) -> set[str]:
    """The seed's most specific benefit type(s): the rarest in the data. Rent relief (5 measures) says
    more about a measure than "subsidies and awards" (40+), so the comparison is about rent relief."""
    own = kinds(seed)
    if len(own) <= 1:
        return own
    frequency = {k: sum(1 for m in measures if k in kinds(m)) for k in own}
    rarest = min(frequency.values())
    return {k for k, n in frequency.items() if n == rarest}


def similar_measures(seed: dict, measures: list[dict], *, likeness: Likeness | None = None,
                     min_heading_likeness: float = 0.5) -> list[dict]:
    """Measures of the same kind as `seed` (seed first), then city before districts, best match first:
    by shared types, then by how alike their text is (`likeness` on "body"). A seed of no type: the
    measures whose heading is alike (`likeness` on "heading", at least `min_heading_likeness` of the
    best: a relative bound, as one shared heading word already scores; half of the best keeps the few
    headings that share its telling words). Without `likeness`, the types alone decide (and a seed of
    no type has none alike)."""
    seed_kinds = primary_kinds(seed, measures)
    alike = likeness(seed, "body" if seed_kinds else "heading") if likeness else {}
    scored: list[tuple[float, dict]] = []
    for m in measures:
        if m["id"] == seed["id"]:
            continue
        if seed_kinds:
            shared = len(seed_kinds & kinds(m))
            if not shared:
                continue
            score = shared + alike.get(m["id"], 0.0)
        else:
            score = alike.get(m["id"], 0.0)
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
