"""BM25's term counts prepared at build time (index.prepared, format 6): per bigram and per prepared
wording, the rows of each (heading's count, text's count) pair but "once in the text alone", all in one
blob, read back exactly as written; data written before (format 5: nested layers, a blob each) still
reads, its term counts counted in the texts, with the same rankings, scores and snippets."""
from __future__ import annotations

import json
import random
import shutil
import struct

import pytest

from index import bitmaps
from index.prepared import SEARCH_DATA, read_term_counts, term_counts_blob
from index.search import Filters, SearchEngine
from index.searchindex import HEADING_BOOST, INDEX_DIR

QUERIES = ["房租", "社保缓缴", "小微企业 房租 减免 社保 缓缴", "招用高校毕业生", "高校毕业生", "租金减免", "贷款 贴息",
           "500万元", "企业", "-房租 补贴"]


@pytest.mark.parametrize("size", [0, 1, 70, 20_000])
def test_a_term_counts_blob_reads_back_as_written(size):
    chooser = random.Random(size)
    classes = {}
    for pair in [(0, 2), (1, 0), (1, 1), (2, 5), (0, 3)][: 1 + size % 5]:
        classes[pair] = bitmaps.from_rows(chooser.sample(range(size), min(size, 3 + size // 7)), size) if size else bitmaps.EMPTY
    dense = {(1, 0): bitmaps.from_rows(chooser.sample(range(size), size // 2), size)} if size else {}
    for written in (classes, dense, {}):
        blob = term_counts_blob(written)
        assert read_term_counts(blob) == [(*pair, written[pair]) for pair in sorted(written)]
    with pytest.raises(ValueError):
        read_term_counts(term_counts_blob(classes)[:-1] if size else b"\0" + b"\1\0\0\0")  # cut short


def test_the_prepared_pairs_are_the_heading_and_text_counts(data_dir):
    engine = SearchEngine(data_dir)
    try:
        literals = engine.literals
        for gram in ("房租", "企业", "补贴", "社保", "万元"):
            pairs = engine.data.gram_counts(gram)
            assert all((h, t) != (0, 1) for h, t, _ in pairs)
            counted = {}
            for row in bitmaps.rows(literals.gram(gram)):
                counted.setdefault((literals.headings[row].count(gram), literals.bodies[row].count(gram)), []).append(row)
            assert {(h, t): bitmaps.rows(rows) for h, t, rows in pairs} == {p: r for p, r in counted.items() if p != (0, 1)}
            assert pairs or gram == "社保"  # (the corpus holds 社保 once a measure at most: nothing kept)
        assert engine.data.gram_counts("¶¶") == []  # a bigram no text holds: nothing kept
    finally:
        engine.close()


def _as_format_5(path) -> None:
    """Rewrite search.bin as data written before the term counts were kept in one blob a token."""
    blob = path.read_bytes()
    (length,) = struct.unpack("<I", blob[8:12])
    header = json.loads(blob[12 : 12 + length].decode("utf-8"))
    del header["term_counts"]
    header["wordings"] = {w: [entries[0], [], [], entries[0]] for w, entries in header["wordings"].items()}
    header["format"] = 5
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(blob[:8] + struct.pack("<I", len(head)) + head + blob[12 + length :])


def test_data_written_before_counts_its_terms_in_the_texts_with_the_same_results(data_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(data_dir, data)
    _as_format_5(next(data.glob(f"store-*/{INDEX_DIR}")) / SEARCH_DATA)
    old, new = SearchEngine(data), SearchEngine(data_dir)
    try:
        assert old.literals.counts("房租", countable=True) is None and old.literals.counts("社会保险", countable=False) is None
        assert new.literals.counts("房租", countable=True) is not None and new.literals.counts("社会保险", countable=False) is not None
        assert old.data.wording("社会保险") == new.data.wording("社会保险")  # the wordings' rows still read
        for text in QUERIES:
            for filters in (Filters(), Filters(district=["朝阳区"])):
                assert json.dumps(old.search(text, filters, limit=30), ensure_ascii=False) == \
                    json.dumps(new.search(text, filters, limit=30), ensure_ascii=False), text
        everything = new.literals.everything
        for word in ("房租", "社会保险", "高校毕业生"):
            expected = {}
            for row in range(new.count):
                tf = HEADING_BOOST * new.literals.headings[row].count(word) + new.literals.bodies[row].count(word)
                expected.setdefault(tf, []).append(row)
            for engine in (old, new):
                classes = engine.weighting.term_classes(word, everything, engine.literals.literal(word))
                assert {tf: bitmaps.rows(rows) for tf, rows in classes.items()} == expected, word
    finally:
        old.close()
        new.close()


def test_term_counts_are_stored_as_they_are_and_deflated_ones_still_read():
    """A query reads the term counts of each of its words: stored raw (no inflate on the query's path),
    while data written with them deflated reads back the same."""
    chooser = random.Random(3)
    classes = {(0, 2): bitmaps.from_rows(chooser.sample(range(5000), 40), 5000),
               (1, 0): bitmaps.from_rows(chooser.sample(range(5000), 9), 5000)}
    blob = term_counts_blob(classes)
    assert blob[:1] == bitmaps.RAW
    deflated = bitmaps.pack_bytes(bitmaps.unpack_bytes(blob))
    assert deflated[:1] != bitmaps.RAW  # sparse rows deflate well: this is the zlib form
    assert read_term_counts(deflated) == read_term_counts(blob) == [(0, 2, classes[(0, 2)]), (1, 0, classes[(1, 0)])]
