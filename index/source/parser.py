"""Parse one policy document (text) into metadata, sections and clean measures."""
from __future__ import annotations

from index.source.cleaning import clean
from index.source.corrections import Corrections
from index.source.headings import take_bracketed_headings
from index.source.metadata import fill_metadata, split_front, title_from_notice
from index.models import ParsedDocument
from index.source.readers import SourceText
from index.source.reassembly import reassemble
from index.source.structure import assemble_in_order, is_scrambled, measure_level
from index.source.tokens import tokenize
from index.vocab import FLAG_DRAFT


def parse_text(
    raw_text: str,
    *,
    encoding: str = "utf-8",
    corrections: Corrections | None = None,
    district: str | None = None,
    title: str | None = None,
) -> ParsedDocument:
    text, removed = clean(raw_text)
    tokens = tokenize(text)
    level = measure_level(tokens)
    doc = ParsedDocument(encoding=encoding, removed=removed, district=district)
    if corrections is not None or is_scrambled(tokens, level):
        doc.scrambled = True
        assembly, sections, doc.duplicate_sentences = reassemble(tokens, level, corrections)
        doc.notice = sections.get("notice", [])
        doc.press_note = sections.get("press_note", [])
        doc.preamble = sections.get("preamble", [])
        doc.closing = sections.get("closing", []) + assembly.closing
        front_doc = ParsedDocument()
        split_front(front_doc, assembly.front, None)
        doc.notice = front_doc.notice + doc.notice
        doc.press_note = front_doc.press_note + doc.press_note
        doc.preamble = front_doc.preamble + doc.preamble
        doc.title = front_doc.title or title_from_notice(doc.notice)
    else:
        assembly = assemble_in_order(tokens, level)
        first_line = text.split("\n", 1)[0].strip() if "\n" in text else None
        split_front(doc, assembly.front, first_line)
        doc.closing = assembly.closing
    if title:
        doc.title = title
    doc.measures = assembly.measures
    take_bracketed_headings(doc.measures)  # 第六条　（人才公寓保障）…: the heading is the measure's title
    doc.unplaced = assembly.unplaced
    doc.warnings.extend(assembly.warnings)
    fill_metadata(doc)
    if doc.status == FLAG_DRAFT:
        for measure in doc.measures:
            measure.flags.insert(0, FLAG_DRAFT)
    return doc


def parse_source(source: SourceText, **options) -> ParsedDocument:
    """parse_text on what a reader (index/source/readers/) made of a file, keeping its format, reader, warnings
    and the metadata the file itself carried (a web page's 发布时间 and 来源) where the text says none."""
    doc = parse_text(source.text, encoding=source.encoding or source.format, **options)
    doc.source_format, doc.reader = source.format, source.reader
    doc.warnings[:0] = source.warnings
    if doc.published is None and source.metadata.get("published"):
        doc.published = source.metadata["published"]
        doc.warnings.append(f"发布日期{doc.published}取自网页的“发布时间”。")
    if doc.issuer is None and source.metadata.get("source"):
        doc.issuer = source.metadata["source"]
        doc.warnings.append(f"发文机关“{doc.issuer}”取自网页的“来源”，请核对。")
    return doc
