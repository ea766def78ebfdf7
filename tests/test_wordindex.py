"""The Whoosh word index written in bulk (index.wordindex) is the index Whoosh's own writer makes
from add_document: every term with its postings (documents, weights, stored frequencies) and its
statistics, every document's field lengths and stored id (not indexed: the engine finds a measure by
its row), the fields' total lengths; so 同类措施's
more_like and the respelling vocabulary read the same. Over the real corpus's measures twice over
(common words then have postings of several blocks), with an empty heading and Latin capitals."""
from __future__ import annotations

import pytest
from whoosh import index as whoosh_index

from index.analysis import ensure_jieba, text_index_words, word_analyzer
from index.searchindex import heading_of, schema
from index.store import Store
from index.wordindex import write_documents


@pytest.fixture(scope="module")
def documents(data_dir):
    store = Store(data_dir)
    measures = store.measures()
    store.close()
    docs = []
    for copy in range(2):
        for m in measures:
            docs.append((f"{m['id']}#{copy}", heading_of(m).lower(), m["text"].lower()))
    # an empty heading, and a text whose Latin letters the analyzer lower-cases
    docs[3] = (docs[3][0], "", docs[3][2])
    docs[5] = (docs[5][0], docs[5][1], "支持SaaS、APP等数字化服务商为中小企业提供服务。" + docs[5][2])
    return docs


def stock_index(path, docs):
    path.mkdir()
    ix = whoosh_index.create_in(str(path), schema())
    writer = ix.writer()
    for measure_id, heading, body in docs:
        writer.add_document(id=measure_id, heading=heading, body=body)
    writer.commit()
    return ix


def bulk_index(path, docs):
    path.mkdir()
    ix = whoosh_index.create_in(str(path), schema())
    writer = ix.writer()
    write_documents(writer, [d[0] for d in docs], {"heading": [d[1] for d in docs], "body": [d[2] for d in docs]})
    writer.commit()
    return ix


def contents(ix) -> dict:
    reader = ix.reader()
    try:
        terms = {}
        for name in ("body", "heading"):
            for term, info in reader.iter_field(name):
                postings = reader.postings(name, term)
                listed = []
                while postings.is_active():
                    listed.append((postings.id(), postings.weight(), postings.value()))
                    postings.next()
                terms[name, term] = (info.doc_frequency(), info.weight(), info.min_length(), info.max_length(),
                                     info.max_weight(), info.min_id(), info.max_id(), listed)
        docs = [(reader.stored_fields(n), reader.doc_field_length(n, "body"), reader.doc_field_length(n, "heading"))
                for n in range(reader.doc_count_all())]
        totals = [(reader.field_length(f), reader.min_field_length(f), reader.max_field_length(f)) for f in ("body", "heading")]
        return {"terms": terms, "docs": docs, "totals": totals, "count": reader.doc_count_all()}
    finally:
        reader.close()


def test_the_bulk_writer_makes_the_index_whoosh_makes(documents, tmp_path):
    ensure_jieba()
    stock = stock_index(tmp_path / "stock", documents)
    bulk = bulk_index(tmp_path / "bulk", documents)
    expected, got = contents(stock), contents(bulk)
    assert got["count"] == expected["count"] == len(documents)
    assert got["totals"] == expected["totals"]
    assert got["docs"] == expected["docs"]
    assert not got["docs"][3][2]  # the empty heading has no length
    assert got["terms"].keys() == expected["terms"].keys()
    assert got["terms"] == expected["terms"]
    assert ("body", b"saas") in got["terms"] and ("body", b"SaaS") not in got["terms"]
    assert got["docs"][5][0] == {"id": documents[5][0]}
    assert max(len(t[-1]) for t in got["terms"].values()) > 128  # postings of more than one block were compared
    with stock.searcher() as a, bulk.searcher() as b:
        for docnum in (0, 7, 150):
            text = documents[docnum][2]
            like_a = [(h["id"], h.score) for h in a.more_like(docnum, "body", text=text, top=None, numterms=10)]
            like_b = [(h["id"], h.score) for h in b.more_like(docnum, "body", text=text, top=None, numterms=10)]
            assert like_b == like_a and like_a
    stock.close()
    bulk.close()


def test_the_words_counted_are_the_analyzers_tokens_in_index_mode():
    ensure_jieba()
    text = "对专精特新中小企业给予奖励。支持SaaS服务商；\n房租减免3个月"
    analyzer = word_analyzer()
    expected: dict[str, int] = {}
    for token in analyzer(text, mode="index"):
        expected[token.text] = expected.get(token.text, 0) + 1
    assert dict(text_index_words(text)) == expected
    assert "专精" in expected and "saas" in expected


def test_a_writer_with_other_fields_is_refused(tmp_path):
    from whoosh.fields import STORED, TEXT, Schema

    ix = whoosh_index.create_in(str(tmp_path), Schema(id=STORED(), body=TEXT(analyzer=word_analyzer())))
    writer = ix.writer()
    try:
        with pytest.raises(ValueError):  # positions would be lost: a phrase field is not written in bulk
            write_documents(writer, ["a"], {"body": ["文本"]})
    finally:
        writer.cancel()
        ix.close()


def test_no_documents_make_no_segment_as_with_whooshs_writer(tmp_path):
    stock = stock_index(tmp_path / "stock", [])
    bulk = bulk_index(tmp_path / "bulk", [])
    for ix, path in ((stock, tmp_path / "stock"), (bulk, tmp_path / "bulk")):
        with ix.searcher() as searcher:
            assert searcher.doc_count_all() == 0
        assert not list(path.glob("*.seg"))
        ix.close()
