"""The Whoosh index's documents written in bulk: the same segment Whoosh's own writer makes from
`add_document` (the same terms, postings, weights, field lengths and stored ids: tests/test_wordindex.py
compares them), without its per-token and per-posting work in Python. Whoosh's writer analyses each
field into Token objects, pools every posting as a tuple, sorts the pool (spilling runs to disk past its
memory limit and merging them back) and writes the postings one call each. Here each text's words are
counted per sentence (index.analysis.text_index_words: the analyzer's tokens in index mode, cached per
sentence, as policy texts repeat sentences), the postings are gathered per term in document order as
arrays, and each posting block is handed to Whoosh's own codec whole, so its file format is Whoosh's."""
from __future__ import annotations

from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from operator import methodcaller

from whoosh.fields import FieldType
from whoosh.formats import Frequency
from whoosh.system import pack_uint

from index.analysis import JiebaTokenizer, text_index_words


def write_documents(writer, ids: Sequence[str], texts: dict[str, Sequence[str]],
                    progress: Callable[[int], None] | None = None) -> None:
    """Add documents 0…len(ids)-1 to a fresh Whoosh SegmentWriter (nothing added to it yet): the
    stored (not indexed) field named "id" and the word fields `texts` (field name → each document's
    text), then leave the segment for `writer.commit()` to finish. The word fields must be
    frequency-only fields of our jieba analyzer (index.searchindex.schema); `progress(done)` is
    called every 200 documents and after the last."""
    schema = writer.schema
    if writer.docnum != 0 or set(schema.names()) != {"id", *texts}:
        raise ValueError("write_documents takes a fresh writer over the id and the word fields")
    for name in texts:
        _check_word_field(name, schema[name])
    if schema["id"].indexed or not schema["id"].stored or schema["id"].column_type:
        raise ValueError("the id field must be stored only")
    perdoc = writer.perdocwriter
    names = sorted(texts)
    order = sorted([*names, "id"])  # Whoosh adds a document's fields in name order
    fields = {name: schema[name] for name in order}
    # per word field: term → its documents, and term → its frequencies in them (the same order)
    documents: dict[str, dict[str, array]] = {name: defaultdict(_numbers) for name in names}
    frequencies: dict[str, dict[str, array]] = {name: defaultdict(_numbers) for name in names}
    lengths: dict[str, array] = {name: array("I") for name in names}
    for docnum, measure_id in enumerate(ids):
        perdoc.start_doc(docnum)
        add_docnum = methodcaller("append", docnum)
        for name in order:
            if name == "id":
                perdoc.add_field("id", fields["id"], measure_id, 0)
                continue
            counts = text_index_words(texts[name][docnum])
            length = sum(counts.values())
            perdoc.add_field(name, fields[name], None, length)
            lengths[name].append(length)  # for the posting blocks' statistics (kept as bytes: the same)
            # one posting per term, appended in C
            deque(map(add_docnum, map(documents[name].__getitem__, counts)), 0)
            deque(map(array.append, map(frequencies[name].__getitem__, counts), counts.values()), 0)
        perdoc.finish_doc()
        if progress and ((docnum + 1) % 200 == 0 or docnum + 1 == len(ids)):
            progress(docnum + 1)
    if not ids:
        return  # as for a writer given no document: commit() writes no segment
    writer.docnum = len(ids)
    writer._added = True  # noqa: SLF001 - commit() then finishes the segment as after add_document
    fieldwriter = writer.fieldwriter
    for name in names:  # the postings in Whoosh's order: field name, then term bytes
        _write_terms(fieldwriter, name, fields[name], documents.pop(name), frequencies.pop(name), lengths[name])


def _check_word_field(name: str, field: FieldType) -> None:
    format_ = field.format
    analyzer = getattr(field, "analyzer", None)
    items = getattr(analyzer, "items", ())
    if (type(format_) is not Frequency or not field.scorable or field.stored or field.vector
            or field.column_type or field.separate_spelling() or not items or not isinstance(items[0], JiebaTokenizer)):
        raise ValueError(f"field {name}: not a frequency-only word field of the jieba analyzer")


def _numbers() -> array:
    return array("I")


def _write_terms(fieldwriter, name: str, field: FieldType, documents: dict[str, array], frequencies: dict[str, array],
                 lengths: array) -> None:
    boost = field.format.field_boost
    fieldwriter.start_field(name, field)
    postwriter = fieldwriter._postwriter  # noqa: SLF001 - the codec's block writer, fed a block at a time
    limit = postwriter._blocklimit  # noqa: SLF001
    for term in sorted(documents):  # code point order is UTF-8 byte order, the order of a Whoosh term table
        docnums, freqs = documents[term], frequencies[term]
        fieldwriter.start_term(term.encode("utf-8"))
        for start in range(0, len(docnums), limit):
            block = docnums[start : start + limit]
            counts = freqs[start : start + limit]
            weights = array("f", [freq * boost for freq in counts])
            block_lengths = list(map(lengths.__getitem__, block))
            postwriter._ids = block  # noqa: SLF001 - what add_posting would have buffered
            postwriter._weights = weights  # noqa: SLF001
            postwriter._values = list(map(pack_uint, counts))  # noqa: SLF001
            postwriter._maxweight = max(counts) * boost  # noqa: SLF001
            postwriter._minlength = min(block_lengths) or None  # noqa: SLF001
            postwriter._maxlength = max(block_lengths)  # noqa: SLF001
            if start + limit < len(docnums):
                postwriter._write_block()  # noqa: SLF001 - the last block is written by finish_term
        fieldwriter.finish_term()
    fieldwriter.finish_field()


__all__ = ["write_documents"]
