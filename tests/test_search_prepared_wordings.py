"""The wordings of the synonym table and of the user dictionary have their rows prepared at build
time (index.prepared): a query's concepts look them up most, and reading their rows replaces checking
every candidate's text. The prepared rows are exactly those whose heading or text holds the wording; a wording not prepared (a
user's own synonym, data written before) is still found from its candidates and the texts."""
from __future__ import annotations

import pytest
from whoosh.filedb.filestore import FileStorage

from index import bitmaps
from index.analysis import domain_words
from index.paths import library
from index.prepared import SearchData, SearchDataWriter, preparable
from index.search import SearchEngine
from index.searchindex import HEADING_BOOST, heading_of
from index.synonyms import Synonyms
from tests.kit import fake_measure


@pytest.fixture(scope="module")
def engine(data_dir):
    opened = SearchEngine(data_dir)
    yield opened
    opened.close()


def holding(engine, wording: str) -> set[int]:
    """The rows whose heading or text holds `wording`, read from the measures themselves."""
    return {row for row, m in enumerate(engine.measures)
            if wording in heading_of(m).lower() or wording in m["text"].lower()}


class Untouchable(list):
    def __getitem__(self, index):
        raise AssertionError("a prepared wording's rows were checked on the texts")


def test_every_wording_of_the_synonym_table_and_user_dictionary_is_prepared_with_the_rows_holding_it(engine):
    wordings = {w.lower() for w in Synonyms.load(library("synonyms.txt")).words()} | domain_words()
    prepared = [w for w in wordings if preparable(w)]
    assert "社会保险" in prepared and "专精特新小巨人" in prepared and len(prepared) > 100
    for wording in prepared:
        rows = engine.data.wording(wording)
        assert rows is not None, wording
        assert set(bitmaps.rows(rows)) == holding(engine, wording), wording
    assert holding(engine, "社会保险")  # the corpus holds it: the comparison above is not of empty sets
    assert engine.data.wording("社保") is None  # two characters: exact from their bigram already


def test_a_prepared_wordings_term_counts_are_those_of_its_heading_and_text(engine):
    """BM25 reads a prepared wording's term counts (HEADING_BOOST × the heading's + the text's) from
    the prepared layers: the same classes as counting in the measures."""
    checked = 0
    for wording in sorted({w.lower() for w in Synonyms.load(library("synonyms.txt")).words()}):
        if not preparable(wording):
            continue
        assert engine.literals.counts(wording, countable=False) is not None, wording
        expected: dict[float, set[int]] = {}
        for row, m in enumerate(engine.measures):
            count = HEADING_BOOST * heading_of(m).lower().count(wording) + m["text"].lower().count(wording)
            expected.setdefault(count, set()).add(row)
        classes = engine.weighting.term_classes(wording, engine.literals.everything)
        assert {tf: set(bitmaps.rows(rows)) for tf, rows in classes.items()} == expected, wording
        checked += len(expected) > 2  # some measures hold it more than once
    assert checked


def test_a_prepared_wording_is_answered_without_reading_a_text(data_dir):
    engine = SearchEngine(data_dir)
    try:
        expected = holding(engine, "社会保险")
        texts = engine.literals.bodies, engine.literals.headings
        engine.literals.clear()
        engine.literals.bodies = engine.literals.headings = Untouchable()
        assert set(bitmaps.rows(engine.literals.literal("社会保险"))) == expected
        with pytest.raises(AssertionError):  # a wording not in the table is still checked on the texts
            engine.literals.literal("社会保险补贴")
        engine.literals.bodies, engine.literals.headings = texts
        assert set(bitmaps.rows(engine.literals.literal("社会保险补贴"))) == holding(engine, "社会保险补贴")
    finally:
        engine.close()


def test_data_without_prepared_wordings_still_finds_them_from_the_texts(tmp_path):
    measures = [fake_measure("缴纳社会保险费", id="t/1", document_id="t"), fake_measure("社会和保险", id="t/2", document_id="t"),
                fake_measure("保险社会", id="t/3", document_id="t")]
    found = {}
    for name, wordings in (("with", ["社会保险", "社保"]), ("without", [])):
        folder = tmp_path / name
        folder.mkdir()
        writer = SearchDataWriter(wordings)
        for m in measures:
            writer.add(m, heading_of(m))
        storage = FileStorage(str(folder))
        writer.write(storage)
        data = SearchData(storage)
        try:
            found[name] = data.wording("社会保险")
        finally:
            data.close()
    assert found == {"with": 0b001, "without": None}
