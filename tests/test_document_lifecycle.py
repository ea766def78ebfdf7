"""A document's status in the contract's words (index/facts/lifecycle.py), judged against the day given."""
from datetime import date

from index.facts.deadlines import deadline_note, is_retired
from index.facts.lifecycle import document_status

TODAY = date(2026, 12, 4)


def test_the_maintainers_words_come_first_then_a_draft_then_the_dates():
    assert document_status({"status": "已废止", "valid_until": "2030-01-01"}, TODAY) == "已废止"
    assert document_status({"status": "已被《某条例》2025年修订版取代"}, TODAY) == "已被修订"
    assert document_status({"status": None, "superseded_by": "new-doc"}, TODAY) == "已被修订"
    assert document_status({"status": "征求意见稿", "valid_until": "2022-12-31"}, TODAY) == "征求意见稿"
    assert document_status({"status": None, "effective": "2027-01-01"}, TODAY) == "尚未施行"
    assert document_status({"status": "已印发", "valid_until": "2026-12-03"}, TODAY) == "已失效"
    assert document_status({"status": "长期有效", "valid_until": None}, TODAY) == "现行有效"
    assert document_status({"status": None, "effective": "2020-09-01", "valid_until": "2026-12-04"}, TODAY) == "现行有效"


def test_a_measure_read_from_the_store_keeps_the_banner_in_the_documents_own_words():
    measure = {"deadlines": [], "document": {"title": "北京市某某条例", "status": "已被修订",
                                             "status_text": "已被《北京市某某条例》2025年修订版取代"}}
    assert is_retired(measure)
    assert deadline_note(measure, TODAY) == "文件已被《北京市某某条例》2025年修订版取代，仅供了解"
    assert not is_retired({"document": {"status": "现行有效", "status_text": "长期有效"}})
