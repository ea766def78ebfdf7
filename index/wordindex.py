"""The Whoosh index's documents written in bulk: the same segment Whoosh's own writer makes from
`add_document` (the same terms, postings, weights, field lengths and stored ids: tests/test_wordindex.py
compares them), without its per-token and per-posting work in Python. Whoosh's writer analyses each
field into Token objects, pools every posting as a tuple, sorts the pool (spilling runs to disk past its
memory limit and merging them back) and writes the postings one call each. Here each text's words are
counted per sentence (index.analysis.index_words: the analyzer's tokens in index mode, cached, as policy
texts repeat sentences), the postings are gathered per term in document order as arrays, and each
posting block is handed to Whoosh's own codec whole, so its file format is Whoosh's."""
from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence

from whoosh.fields import FieldType
from whoosh.formats import Existence, Frequency
from whoosh.system import pack_uint

from index.analysis import JiebaTokenizer, text_index_words

Postings = dict[str, tuple[array, array]]  # term → (document numbers, frequencies), in document order


def write_documents(writer, ids: Sequence[str], texts: dict[str, Sequence[str]],
                    progress: Callable[[int], None] | None = None) -> None:
    """Add documents 0…len(ids)-1 to a fresh Whoosh SegmentWriter (nothing added to it yet): the
    stored, unique id field named "id" and the word fields `texts` (field name → each document's
    text), then leave the segment for `writer.commit()` to finish. The word fields must be
    frequency-only fields of our jieba analyzer (index.searchindex.schema); `progress(done)` is
    called every 200 documents and after the last."""
    schema = writer.schema
    if writer.docnum != 0 or set(schema.names()) != {"id", *texts}:
        raise ValueError("write_documents takes a fresh writer over the id and the word fields")
    for name in texts:
        _check_word_field(name, schema[name])
    if not isinstance(schema["id"].format, Existence) or not schema["id"].stored or schema["id"].scorable:
        raise ValueError("the id field must be a stored ID field")
    perdoc = writer.perdocwriter
    names = sorted(texts)  # Whoosh adds a document's fields in name order
    postings: dict[str, Postings] = {name: {} for name in names}
    lengths: dict[str, array] = {name: array("I") for name in names}
    fields = {name: schema[name] for name in [*names, "id"]}
    for docnum, measure_id in enumerate(ids):
        perdoc.start_doc(docnum)
        for name in sorted([*names, "id"]):
            if name == "id":
                perdoc.add_field("id", fields["id"], measure_id, 0)
                continue
            counts = text_index_words(texts[name][docnum])
            length = sum(counts.values())
            perdoc.add_field(name, fields[name], None, length)
            lengths[name].append(length)  # for the posting blocks' statistics (kept as bytes: the same)
            table = postings[name]
            for term, freq in counts.items():
                posting = table.get(term)
                if posting is None:
                    posting = table[term] = (array("I"), array("I"))
                posting[0].append(docnum)
                posting[1].append(freq)
        perdoc.finish_doc()
        if progress and ((docnum + 1) % 200 == 0 or docnum + 1 == len(ids)):
            progress(docnum + 1)
    writer.docnum = len(ids)
    writer._added = True  # noqa: SLF001 - commit() then finishes the segment as after add_document
    fieldwriter = writer.fieldwriter
    for name in sorted([*names, "id"]):  # the postings in Whoosh's order: field name, then term bytes
        if name == "id":
            _write_ids(fieldwriter, fields["id"], ids)
        else:
            _write_terms(fieldwriter, name, fields[name], postings.pop(name), lengths[name])


def _check_word_field(name: str, field: FieldType) -> None:
    format_ = field.format
    analyzer = getattr(field, "analyzer", None)
    items = getattr(analyzer, "items", ())
    if (type(format_) is not Frequency or not field.scorable or field.stored or field.vector
            or field.column_type or field.separate_spelling() or not items or not isinstance(items[0], JiebaTokenizer)):
        raise ValueError(f"field {name}: not a frequency-only word field of the jieba analyzer")


def _write_terms(fieldwriter, name: str, field: FieldType, table: Postings, lengths: array) -> None:
    boost = field.format.field_boost
    fieldwriter.start_field(name, field)
    postwriter = fieldwriter._postwriter  # noqa: SLF001 - the codec's block writer, fed a block at a time
    limit = postwriter._blocklimit  # noqa: SLF001
    for term in sorted(table):  # code point order is UTF-8 byte order, the order of a Whoosh term table
        docnums, freqs = table[term]
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


def _write_ids(fieldwriter, field: FieldType, ids: Sequence[str]) -> None:
    boost = field.format.field_boost
    by_id: dict[bytes, array] = {}
    for docnum, measure_id in enumerate(ids):
        by_id.setdefault(measure_id.encode("utf-8"), array("I")).append(docnum)
    fieldwriter.start_field("id", field)
    postwriter = fieldwriter._postwriter  # noqa: SLF001
    limit = postwriter._blocklimit  # noqa: SLF001
    for term in sorted(by_id):
        docnums = by_id[term]
        fieldwriter.start_term(term)
        for start in range(0, len(docnums), limit):
            block = docnums[start : start + limit]
            postwriter._ids = block  # noqa: SLF001
            postwriter._weights = array("f", [boost] * len(block))  # noqa: SLF001
            postwriter._values = []  # noqa: SLF001 - an ID field's postings carry no value
            postwriter._maxweight = boost  # noqa: SLF001
            postwriter._minlength, postwriter._maxlength = None, 0  # noqa: SLF001 - nor lengths
            if start + limit < len(docnums):
                postwriter._write_block()  # noqa: SLF001
        fieldwriter.finish_term()
    fieldwriter.finish_field()


__all__ = ["write_documents"]
