"""Facts of every measure the search filters by that the prepared search data does not hold: when
each ends (its deadline status on a given day). Read from SQLite in one query, on first use each day
(measures with the same deadlines and validity judged once), never by decoding whole measures; or,
when the search data holds them, from the groups of rows prepared at build time (no row read). Rows
are the engine's; the results are row bitmaps (index.bitmaps). 不限行业 (a measure with a benefit that
names no industry, as the eligibility check reads it) is prepared at build time (index.prepared); its
label is here.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date

from index import bitmaps
from index.facts.deadlines import EXPIRED, VALID, measure_status

ANY_INDUSTRY = "不限行业"

_DEADLINE_SQL = """
select m.id, m.deadlines, m.valid_until, d.valid_until from measures m left join documents d on d.id = m.document_id
"""


def status_rows(conn: sqlite3.Connection, by_id: dict[str, int], size: int, today: date) -> dict[str, int]:
    """Rows per deadline status (有效 / 已过期 / 未注明期限) on `today`, by the rule the cards show."""
    rows: dict[str, list[int]] = {}
    known: dict[tuple, str] = {}  # measures with the same deadlines and validity have the same status: judged once
    for measure_id, deadlines, own_until, document_until in conn.execute(_DEADLINE_SQL):
        row = by_id.get(measure_id)
        if row is None:
            continue
        key = (deadlines, own_until, document_until)
        status = known.get(key)
        if status is None:
            try:
                listed = json.loads(deadlines or "[]")
            except ValueError:
                listed = []
            status = known[key] = measure_status({"deadlines": listed, "valid_until": own_until,
                                                  "document": {"valid_until": document_until}}, today)
        rows.setdefault(status, []).append(row)
    return {status: bitmaps.from_rows(found, size) for status, found in rows.items()}


def grouped_status_rows(groups: list[tuple[list[str], str | None, str, int]], documents: dict[str, dict],
                        today: date) -> dict[str, int]:
    """status_rows from the groups prepared at build time (index.prepared: rows by deadlines, own
    validity and document): each group judged once, no measure read."""
    rows: dict[str, int] = {}
    for deadlines, own_until, document_id, held in groups:
        document = documents.get(document_id) or {}
        status = measure_status({"deadlines": deadlines, "valid_until": own_until,
                                 "document": {"valid_until": document.get("valid_until")}}, today)
        rows[status] = rows.get(status, bitmaps.EMPTY) | held
    return rows


def summary_of(districts: list[str], newest: str, statuses: dict[str, int], municipal: str) -> dict:
    """What the data covers, said once where the clerk sees it: the districts with documents of their
    own, the newest document's date, and how many measures are valid or over today."""
    own = [d for d in districts if d != municipal]
    return {
        "districts": own,
        "municipal": municipal in districts,
        "newest_document": newest,
        "valid": statuses.get(VALID, bitmaps.EMPTY).bit_count(),
        "expired": statuses.get(EXPIRED, bitmaps.EMPTY).bit_count(),
        "total": sum(rows.bit_count() for rows in statuses.values()),
    }
