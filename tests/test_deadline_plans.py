"""Three 2026-style district plans (tests/planfixtures.py), as Word and as PDF: every measure's end date and
its status on 2026-12-04 are read right, and the document's title, issuer, number, date, entry into force
and validity come from the text (issue 23 items 4 and 5)."""
from __future__ import annotations

import pytest

import planfixtures as pf
from index.facts.deadlines import deadline_note, measure_deadline, measure_status
from index.facts.eligibility import ELIGIBLE, MAYBE, eligible, ordered
from index.records import measure_records
from index.source.parser import parse_source
from index.source.readers import read_source


def _read(plan: pf.Plan, as_: str):
    data, name = pf.render(plan, as_)
    doc = parse_source(read_source(data, name))
    summary = {"id": "plan", "title": doc.title, "issuer": doc.issuer, "doc_number": doc.doc_number,
               "published": doc.published, "signed": doc.signed, "status": doc.status, "valid_until": doc.valid_until}
    records = [{**r, "document": summary} for r in measure_records("plan", doc)]
    return doc, records


@pytest.fixture(scope="module", params=[(p, kind) for p in pf.PLANS for kind in ("docx", "pdf")],
                ids=lambda pk: f"{pk[0].name}-{pk[1]}")
def read_plan(request):
    plan, kind = request.param
    return plan, *_read(plan, kind)


def test_every_measure_is_read_with_its_end_and_status(read_plan):
    plan, doc, records = read_plan
    assert len(records) == len(plan.measures)
    got = [(r["text"][: len(opening)], measure_deadline(r), measure_status(r, pf.JUDGED_ON))
           for r, (opening, _, _) in zip(records, plan.measures)]
    assert got == plan.measures


def test_the_document_reads_its_own_title_issuer_number_and_dates(read_plan):
    plan, doc, _ = read_plan
    got = {key: getattr(doc, key) for key in plan.document}
    assert got == plan.document
    assert doc.preamble and not doc.preamble[0].startswith(doc.title)  # the title is not glued to the preamble


def test_each_deadline_names_the_sentence_it_was_read_from(read_plan):
    plan, _, records = read_plan
    for record, (_, end, _) in zip(records, plan.measures):
        basis = (record["tag_basis"].get("deadlines") or {})
        for day, sentence in basis.items():
            assert sentence in record["text"], (record["id"], day)
        if end and end in record["deadlines"]:
            assert end in basis


def test_a_plan_without_an_end_whose_year_is_over_is_never_offered_outright():
    _, records = _read(pf.TONGZHOU, "docx")
    ask = "文件印发于2025年，未写期限，请向责任单位确认是否仍在执行"
    homestay, later = records[1], records[2]
    assert deadline_note(homestay, pf.JUDGED_ON) == ask
    assert deadline_note(later, pf.JUDGED_ON) == "自2027-01-01起施行，目前尚未施行：施行后才能办理"
    profile = {"district": "通州区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
               "situations": [], "confirmed": {}}
    results = {r["id"]: r for r in ordered(profile, eligible(profile, records, pf.JUDGED_ON))}
    assert results[homestay["id"]]["group"] != ELIGIBLE
    if results[homestay["id"]]["status"] != "ineligible":
        assert results[homestay["id"]]["group"] == MAYBE and ask in results[homestay["id"]]["missing"]
    assert results[later["id"]]["group"] != ELIGIBLE
    # the same plan judged within its own year: nothing to confirm about its time
    assert deadline_note(homestay, pf.date(2025, 12, 1)) == "原文未注明期限，请向责任单位确认是否仍在执行"
