"""The Whoosh index of measures (schema and writing). Its documents are the measures in row order
(store order: catalogue, then number), so a Whoosh document number is the engine's row; its storage
also holds the search data prepared for the engine's queries (index.prepared). Every query runs
through a Whoosh Searcher (index.search); the index's word fields (jieba words of the heading and the
text) give 同类措施 its key terms (more_like) and the pinyin respelling its vocabulary."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import STORED, TEXT, Schema

from index.analysis import domain_words, ensure_jieba, word_analyzer
from index.paths import library
from index.prepared import SearchDataWriter
from index.synonyms import Synonyms
from index.wordindex import write_documents

INDEX_DIR = "whoosh"
HEADING_BOOST = 3.0


def schema() -> Schema:
    """What is read of the index: the measure's id (stored only: more_like's hits name their measure;
    the engine finds a measure's document number by its row, so the ids are not indexed) and its words
    (heading, text), which give the pinyin respelling its vocabulary (index.pinyin) and 同类措施 its key
    terms (SearchEngine.likeness). Literal matching, BM25 and facets read the prepared data
    kept in the same storage. (Indexes written before also have a `grams` field and a stored,
    sortable `order`; index.analysis keeps the bigram analyzer so their pickled schema still loads.)"""
    return Schema(
        id=STORED(),
        # word frequencies only: nothing runs a phrase query on the words, so no positions are written
        heading=TEXT(analyzer=word_analyzer(), field_boost=HEADING_BOOST, phrase=False),
        body=TEXT(analyzer=word_analyzer(), phrase=False),
    )


def heading_of(measure: dict) -> str:
    return heading_text(measure.get("subsection"), measure.get("title"))


def heading_text(subsection: str | None, title: str | None) -> str:
    return "　".join(x for x in (subsection, title) if x)


def write_index(path: Path, measures: Iterable[dict], total: int, progress: Callable[[int, int], None] | None = None,
                order: Callable[[dict], object] | None = None, wordings: Iterable[str] | None = None) -> None:
    """Index every measure into the Whoosh index at `path`, with the search data prepared for the
    engine (index.prepared) in the index's storage. `order` gives each measure's sort key in store
    order (catalogue, then number) when they come in another order: the measures are prepared as
    they come, then written to Whoosh in row order (from the prepared texts: the word fields are
    lower-cased by their analyzer anyway). `wordings`: those whose rows are prepared whole (default:
    every word of the library's synonym table and of its user dictionary, what queries look up most)."""
    ensure_jieba()
    if wordings is None:
        wordings = [*Synonyms.load(library("synonyms.txt")).words(), *domain_words()]
    prepared = SearchDataWriter(wordings)
    try:
        for measure in measures:
            prepared.add(measure, heading_of(measure), None if order is None else order(measure))
        path.mkdir(parents=True, exist_ok=True)
        ix = whoosh_index.create_in(str(path), schema())
        writer = ix.writer()
        try:
            order = prepared.order()
            write_documents(writer, [prepared.ids[i] for i in order],
                            {"heading": [prepared.headings[i] for i in order], "body": [prepared.bodies[i] for i in order]},
                            progress=progress and (lambda done: progress(done, total)))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
    except BaseException:
        prepared.discard()  # the spilled cards' file, not left open until the collector finds it
        raise
    prepared.write(ix.storage)
    ix.close()
