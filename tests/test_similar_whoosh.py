"""同类措施 ranks by the Whoosh index's word fields (issue 22): the seed's key terms, Whoosh's more_like."""
from __future__ import annotations

import whoosh.searching

from index.facts.similar import default_picks, similar_measures
from index.search import SearchEngine


def test_likeness_is_whoosh_more_like_over_the_index_words(data_dir):
    engine = SearchEngine(data_dir)
    try:
        seed = engine.measure("pinggu-2022/4")  # rent relief
        alike = engine.likeness(seed)
        assert seed["id"] not in alike
        assert max(alike.values()) == 1.0 and all(0 < v <= 1 for v in alike.values())
        assert alike["chaoyang-2022/4"] > 0 and alike["changping-2022/4"] > 0  # the other districts' rent relief
        assert engine.likeness({"id": "no-such/1", "text": "房租减免"}) == {}
    finally:
        engine.close()


def test_a_seed_of_no_benefit_type_lists_the_measures_whose_headings_share_its_key_words(data_dir):
    engine = SearchEngine(data_dir)
    try:
        seed = engine.measure("beijing-2022-high-end/16")  # 建立项目落地考核激励机制
        similar = similar_measures(seed, engine.measures, likeness=engine.likeness)
        assert [m["id"] for m in similar] == ["beijing-2022-high-end/16", "beijing-2022-high-end/4",
                                              "beijing-2022-high-end/2", "beijing-2022-manufacturing/15"]
        # without the index's likeness only the types could decide: nothing is like a seed of none
        assert [m["id"] for m in similar_measures(seed, engine.measures)] == [seed["id"]]
    finally:
        engine.close()


def test_the_compare_window_asks_whoosh(qtbot, window, monkeypatch):
    asked: list[tuple[int, str]] = []
    real = whoosh.searching.Searcher.more_like

    def spy(self, docnum, fieldname, *args, **kwargs):
        asked.append((self.stored_fields(docnum)["id"], fieldname))
        return real(self, docnum, fieldname, *args, **kwargs)

    monkeypatch.setattr(whoosh.searching.Searcher, "more_like", spy)
    dialog = window.open_compare("pinggu-2022/4")
    assert asked == [("pinggu-2022/4", "body")]
    ids = dialog.view.model.measure_ids()
    assert ids[0] == "pinggu-2022/4" and {"chaoyang-2022/4", "changping-2022/4"} <= set(ids)
    seed = window.engine.measure("pinggu-2022/4")
    similar = similar_measures(seed, window.engine.measures, likeness=window.engine.likeness)
    assert set(ids) == set(default_picks(seed, similar))
