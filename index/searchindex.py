"""The Whoosh index of measures (schema and writing) and the search data prepared beside it. The
engine's literal matching, ranking and facets run on the prepared data (index.prepared); the Whoosh
index's words serve the pinyin respelling and 同类措施 (index.search)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema

from index.analysis import ensure_jieba, word_analyzer
from index.prepared import SEARCH_DATA, SearchDataWriter

INDEX_DIR = "whoosh"
HEADING_BOOST = 3.0


def schema() -> Schema:
    """What is read of the index: the measure's id (stored: more_like's hits name their measure) and
    its words (heading, text), which give the pinyin respelling its vocabulary (index.pinyin) and 同类措施
    its key terms (SearchEngine.likeness). Nothing else is built: the character bigrams every literal
    is found by are prepared beside the index (index.prepared). (Indexes written before also have a
    `grams` field and a stored, sortable `order`; index.analysis keeps the bigram analyzer so their
    pickled schema still loads.)"""
    return Schema(
        id=ID(stored=True, unique=True),
        heading=TEXT(analyzer=word_analyzer(), field_boost=HEADING_BOOST),
        body=TEXT(analyzer=word_analyzer()),
    )


def heading_of(measure: dict) -> str:
    return heading_text(measure.get("subsection"), measure.get("title"))


def heading_text(subsection: str | None, title: str | None) -> str:
    return "　".join(x for x in (subsection, title) if x)


def write_index(path: Path, measures: Iterable[dict], total: int, progress: Callable[[int, int], None] | None = None,
                order: Callable[[dict], object] | None = None) -> None:
    """Index every measure into the Whoosh index at `path`, and write the search data prepared for
    the engine (index.prepared) beside it in the store folder. `order` gives each measure's sort
    key in store order (catalogue, then number) when they come in another order."""
    ensure_jieba()
    path.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(path), schema())
    writer = ix.writer(limitmb=256)
    prepared = SearchDataWriter()
    try:
        for done, measure in enumerate(measures):
            heading = heading_of(measure)
            writer.add_document(
                id=measure["id"], heading=heading, body=measure["text"],
            )
            prepared.add(measure, heading, None if order is None else order(measure))
            if progress and ((done + 1) % 200 == 0 or done + 1 == total):
                progress(done + 1, total)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    prepared.write(path.parent / SEARCH_DATA)
