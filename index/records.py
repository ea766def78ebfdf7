"""The record shapes at the store boundary: what the build writes for a document and for each of its
measures (the contract's fields, and the derived tags, rules, deadlines and amounts), built from a
parsed document. check, the importer and the pack diff make their records here too."""
from __future__ import annotations

from typing import TypedDict

from index.facts.audience import document_audience
from index.facts.condition_dates import condition_date_questions
from index.facts.size_scope import facing
from index.facts.definitions import defined_terms, measure_own_names
from index.facts.deadlines import document_year, extract_amounts, extract_deadlines, extract_targets, time_basis
from index.models import ParsedDocument
from index.facts.references import referred_words
from index.facts.taxonomy import Taxonomy, load_taxonomy, tag_measure


class DocumentRecord(TypedDict):
    id: str
    title: str | None
    issuer: str | None
    doc_number: str | None
    published: str | None  # ISO dates
    signed: str | None
    status: str | None  # as the text or the maintainer says it: 征求意见稿, 长期有效, 已废止, 已被《…》取代 …
    superseded_by: str | None  # the revision's document id, when the maintainer confirmed one
    valid_until: str | None
    effective: str | None  # ISO date of entry into force (本条例自…起施行), read from the text
    district: str | None  # 北京市 or a district's full name (index.vocab)
    source_file: str  # "resources/…" or the imported copy's path
    encoding: str | None
    sha256: str
    scrambled: int
    duplicate_sentences: int
    measure_count: int
    press_note: list[str]
    notice: list[str]
    preamble: list[str]
    closing: list[str]
    unplaced: list[str]
    removed: list[str]
    warnings: list[str]


class MeasureRecord(TypedDict, total=False):
    id: str  # "chaoyang-2022/4"
    document_id: str
    number: int  # as printed, 1-based
    district: str | None
    section: str | None
    subsection: str | None
    title: str | None
    text: str  # the measure's own words, clean
    units_text: str | None  # the responsibility line as printed
    responsible_units: list[str]
    flags: list[str]  # index.vocab FLAG_*
    industries: list[str]
    benefit_types: list[str]
    entity_types: list[str]
    sizes: list[str]
    traits_required: list[str]
    situations_required: list[str]
    government_only: bool
    eligibility: dict  # {"clauses": [...], "government_only": bool} (index/facts/taxonomy.py)
    tag_basis: dict  # {field: {tag: the words of the text behind it}}
    kind: str  # benefit / right / duty / obligation / general (index/facts/kinds.py)
    kind_basis: str  # the words that make it so
    deadlines: list[str]
    amounts: list[str]
    valid_until: str | None


def document_record(entry_id: str, source_file: str, sha256: str, doc: ParsedDocument) -> DocumentRecord:
    return {
        "id": entry_id, "title": doc.title, "issuer": doc.issuer, "doc_number": doc.doc_number,
        "published": doc.published, "signed": doc.signed, "status": doc.status, "valid_until": doc.valid_until,
        "effective": doc.effective, "superseded_by": doc.superseded_by, "district": doc.district, "source_file": source_file, "encoding": doc.encoding, "sha256": sha256,
        "scrambled": int(doc.scrambled), "duplicate_sentences": doc.duplicate_sentences,
        "measure_count": len(doc.measures), "press_note": doc.press_note, "notice": doc.notice,
        "preamble": doc.preamble, "closing": doc.closing, "unplaced": doc.unplaced, "removed": doc.removed,
        "warnings": doc.warnings,
    }


def measure_records(entry_id: str, doc: ParsedDocument) -> list[MeasureRecord]:
    document = {"id": entry_id, "title": doc.title, "published": doc.published, "signed": doc.signed,
                "valid_until": doc.valid_until, "effective": doc.effective, "effective_basis": doc.effective_basis,
                "valid_until_basis": doc.valid_until_basis}
    records = []
    taxonomy = load_taxonomy()  # once a document: looking it up (paths, the corrections file's stat) is not free

    # whom the document declares itself for (its title, its purpose article): index/facts/audience.py
    document["audience"] = document_audience(doc.title, [m.text for m in doc.measures[:3]])
    articles = {m.number: m.text for m in doc.measures}
    # the size party the document says it faces ("面向本区中小微企业"): the scope of its bare 企业 (facts/size_scope.py)
    faced = facing(doc.title, doc.preamble or [])
    # the short names the text has given its parties so far (facts/definitions.py), from its preamble on
    terms: list[tuple[str, str]] = defined_terms("\n".join(doc.preamble or []))
    for m in doc.measures:
        # a bare head abbreviated inside one measure ("（以下简称企业）") is read in that measure only
        own, mine = defined_terms(m.text), measure_own_names(m.text)
        measure_terms = terms + own
        terms = terms + [(term, words) for term, words in own if term not in mine]
        record: MeasureRecord = {
            "id": f"{entry_id}/{m.number}", "document_id": entry_id, "number": m.number, "district": doc.district,
            "section": m.section, "subsection": m.subsection, "title": m.title, "text": m.text,
            "units_text": m.units_text, "responsible_units": m.responsible_units, "flags": m.flags,
            "industries": [], "benefit_types": [], "entity_types": [], "sizes": [], "deadlines": [], "amounts": [],
            "valid_until": doc.valid_until,
        }
        # a party named by reference to other articles of the text ("本法第十七条第四项规定的人员"): their words
        # are read for who benefits (index/facts/references.py), not stored
        referred = referred_words(m.text, articles)
        # tags, eligibility rules, deadlines and amounts (resources/taxonomy.toml + measure_overrides.toml)
        # and the short names given so far ("（以下统称经营主体）") are read as the parties they stand for
        read = {**record, **({"referred": referred} if referred else {}), **({"defined_terms": list(measure_terms)} if measure_terms else {}),
                **({"facing": faced} if faced else {})}
        record.update(annotate_measure(read, document, taxonomy))
        records.append(record)
    return records


def annotate_measure(record: dict, document: dict | None = None, taxonomy: Taxonomy | None = None) -> dict:
    """Every derived field the build stores for one measure record (tags, rules, deadlines, amounts);
    `taxonomy`: the one in use (looked up when not given)."""
    tags = tag_measure(record, taxonomy, (document or record.get("document") or {}).get("audience") or "")
    document = document or record.get("document") or {}
    year = document_year({**record, "document": document})
    issued = document.get("signed") or document.get("published") or document.get("effective")
    effective = document.get("effective")
    text = record.get("text") or ""
    for clause in tags["eligibility"]["clauses"]:
        # each benefit's own amount and time limit, quoted from its own words (and the lead it shares)
        scope = clause.get("shared", "") + clause["line"]
        clause["amounts"] = extract_amounts(clause["line"])
        ends = extract_deadlines(scope, year, issued, effective)
        clause["deadline"] = max(ends) if ends else None
        clause["targets"] = extract_targets(scope, year, issued, effective)
        # a date that says who qualifies (截至…已在本区落户的…) is no end: it is asked (index/facts/condition_dates.py)
        clause["ask"] = clause.get("ask", []) + condition_date_questions(scope, clause.get("ask", []), year, issued, effective)
    # each date with the sentence it was read from; the document's entry into force (自…起施行) is every measure's start
    time = time_basis(text, year, issued, effective, tags.get("kind"), document.get("valid_until"))
    if document.get("effective"):
        time["effective"] = {document["effective"]: document.get("effective_basis") or ""}
    if document.get("valid_until") and document.get("valid_until_basis"):  # the document's end, with its sentence
        time["validity"] = {document["valid_until"]: document["valid_until_basis"]}
    if tags.get("deadline_override"):  # the maintainer's correction (index/corrections_local.py), with its why
        days, why = tags["deadline_override"]
        time["deadlines"] = {day: f"维护人员更正：{why}" for day in days}
        for clause in tags["eligibility"]["clauses"]:
            clause["deadline"] = max(days)
    return {
        **{k: tags[k] for k in ("industries", "benefit_types", "entity_types", "sizes", "traits_required",
                                "situations_required", "government_only", "eligibility", "kind", "kind_basis")},
        "tag_basis": {**tags["tag_basis"], **{k: v for k, v in time.items() if v}},
        "deadlines": list(time["deadlines"]),
        "amounts": extract_amounts(text),
    }
