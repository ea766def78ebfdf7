"""The layered collector's BM25 top scores (index.bm25.PreparedBM25.top_scores) against scoring every
row of the group one at a time: the rows it returns hold every row that belongs to the first `need`
by (-score, row), ties with the need-th included, each with its exact score. The plans are those the
engine makes for the clerk and visitor queries (one concept of several wordings, several concepts,
a compound's parts), on a synthetic library large enough for signatures, norm bands and heaps to
matter. And the page's "why", said for all its rows at once, is each row's own."""
from __future__ import annotations

import pytest

from index import bitmaps
from index.bench import build_synthetic
from index.bm25 import BM25_K1
from index.evaluation import CLERK_SET, VISITOR_SET, load_set
from index.search import SearchEngine
from index.searchindex import HEADING_BOOST

QUERIES = [item["query"] for path in (CLERK_SET, VISITOR_SET) for item in load_set(path)] + [
    "小微企业 房租 减免 社保 缓缴", "招用高校毕业生", "贷款 贴息"]


@pytest.fixture(scope="module")
def engine(data_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("synthetic-top")
    build_synthetic(data_dir, path, 2000, seed=11)
    engine = SearchEngine(path)
    yield engine
    engine.close()


def plans(engine: SearchEngine) -> list[tuple]:
    """The (group, plan, part_idf) of every top_scores call the engine makes for QUERIES."""
    model, calls = engine.weighting, []
    original = model.top_scores

    def recording(group, plan, part_idf, need):
        calls.append((group, plan, part_idf))
        return original(group, plan, part_idf, need)

    model.top_scores = recording
    try:
        for text in QUERIES:
            engine.rank(text, limit=20)
    finally:
        del model.top_scores
    return calls


def one_at_a_time(engine: SearchEngine, row: int, plan: list, part_idf) -> float:
    """BM25 of one row as top_scores defines it: per concept its best wording (or its parts averaged)."""
    model, literals = engine.weighting, engine.literals
    norm, k1 = model.norms[row], BM25_K1 + 1

    def bm25(word: str, idf: float) -> float:
        tf = HEADING_BOOST * literals.headings[row].count(word) + literals.bodies[row].count(word)
        return idf * tf * k1 / (tf + norm) if tf else 0.0

    simple = len(plan) == 1 and not plan[0][2]
    total = 0.0
    for weight, wordings, parts, parts_match, _ in plan:
        best = max([bm25(w, idf) for w, _, idf in wordings], default=0.0)
        if simple:
            return best
        if parts and (parts_match or not best):
            best = max(best, sum(max(bm25(v, part_idf(v)) for v in part) for part in parts) / len(parts))
        total += weight * best
    return total


def test_top_scores_are_those_of_scoring_every_row(engine):
    calls = plans(engine)
    assert len(calls) > 20
    assert any(len(plan) == 1 and not plan[0][2] and len(plan[0][1]) > 2 for _, plan, _ in calls)  # one concept, many wordings
    assert any(len(plan) > 1 for _, plan, _ in calls)  # several concepts
    checked = 0
    for group, plan, part_idf in calls:
        rows = bitmaps.rows(group)
        exact = {row: one_at_a_time(engine, row, plan, part_idf) for row in rows}
        for need in (1, 3, 20, 200):
            got = engine.weighting.top_scores(group, plan, part_idf, need)
            assert len({row for row, _ in got}) == len(got)  # each row once
            for row, score in got:
                assert score == pytest.approx(exact[row], rel=1e-12, abs=1e-12), (plan, row)
            # rows holding nothing keep document order: the first `need` of them may stand in for the rest
            ranked = sorted(rows, key=lambda r: (-exact[r], r))
            if len(ranked) > need:
                threshold = exact[ranked[need - 1]]
                must = {r for r in rows if exact[r] >= threshold and exact[r] > 0}
            else:
                must = {r for r in rows if exact[r] > 0}
            assert must <= {row for row, _ in got}, (plan, need)
            zero = [r for r in rows if exact[r] == 0][:need]
            if len(must) < need:
                assert set(zero) <= {row for row, _ in got}
            checked += 1
    assert checked == 4 * len(calls)


def test_a_hits_why_is_the_same_in_a_page_of_one_and_of_forty(engine):
    """"Why" is said for a page's rows together (ConceptStage.whys): each row's is its own."""
    said = 0
    for text in QUERIES:
        ranking = engine.rank(text, limit=40)
        page = [hit["why"] for hit in engine.hits(ranking, 0, 40)]
        assert page == [engine.hits(ranking, i, i + 1)[0]["why"] for i in range(len(page))], text
        said += sum(1 for why in page if why)
    assert said  # some hits were found by another wording than the typed one


def test_first_band_is_the_first_band_holding_a_row(engine):
    model = engine.weighting
    bands, _ = model.bands()
    for row in (0, 1, engine.count // 3, engine.count - 1):
        rows = bitmaps.from_rows([row, min(engine.count - 1, row + 7)], engine.count)
        assert model.first_band(rows) == next(b for b, held in enumerate(bands) if rows & held)

