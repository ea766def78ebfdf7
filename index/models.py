"""Plain data of the corpus: a policy document and its measures, as parsed and as stored."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_ROLE_LABEL = re.compile(r"(?:责任|牵头|主责|配合|协办|参与|协同)(?:单位|部门)\s*[：:]")



@dataclass
class Measure:
    number: int
    sentences: list[str]
    title: str | None = None  # the measure's own heading, where it has one
    section: str | None = None  # "一、…" as printed
    subsection: str | None = None  # "（三）…" as printed
    units_text: str | None = None  # the （责任单位：…） content as printed
    flags: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.sentences)

    @property
    def responsible_units(self) -> list[str]:
        return split_units(self.units_text)


@dataclass
class ParsedDocument:
    """What the importer read out of one file: metadata, the non-measure parts, the measures."""

    title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    published: str | None = None  # ISO date
    signed: str | None = None
    status: str | None = None
    superseded_by: str | None = None  # the id of the revision that replaced it (the maintainer confirmed it)
    valid_until: str | None = None
    effective: str | None = None  # ISO date of entry into force (本条例自…起施行), with its sentence
    effective_basis: str | None = None
    valid_until_basis: str | None = None  # the sentence the validity was read from (有效期至…, 执行至…)
    district: str | None = None
    encoding: str = "utf-8"
    source_format: str = "text"  # what the file was: "text", "docx", "pdf", "html", "doc" (index/source/readers/)
    reader: str = "textio"  # the reader that turned it into text, with its version
    press_note: list[str] = field(default_factory=list)
    notice: list[str] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)  # text the parser could not place (a warning each)
    removed: list[str] = field(default_factory=list)  # residue dropped by cleaning (bookmarks, bylines)
    measures: list[Measure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicate_sentences: int = 0
    scrambled: bool = False


def split_units(units_text: str | None) -> list[str]:
    """"区国资委、区财政局，市科委" → ["区国资委", "区财政局", "市科委"]."""
    if not units_text:
        return []
    # "牵头单位：区发展改革委；配合单位：区财政局" → the units, leads first, without the role labels
    units_text = _ROLE_LABEL.sub("", units_text)
    for separator in ("，", ",", "；", ";"):
        units_text = units_text.replace(separator, "、")
    parts = [p.strip() for p in units_text.split("、")]
    return [p for p in parts if p]
