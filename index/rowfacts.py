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
from index.facts.deadlines import EXPIRED, VALID, status_key, status_of

ANY_INDUSTRY = "不限行业"

_DEADLINE_SQL = """
select m.id, m.deadlines, m.valid_until, m.tag_basis, m.document_id from measures m
"""


def status_rows(conn: sqlite3.Connection, by_id: dict[str, int], size: int, today: date,
                documents: dict[str, dict]) -> dict[str, int]:
    """Rows per deadline status (有效 / 已过期 / 尚未施行 / 未注明期限) on `today`, by the rule the cards
    show (index.facts.deadlines.measure_status: a repealed or superseded document's measures are over, a
    regulation in force is 有效). For data whose search data holds no status groups."""
    groups: dict[tuple, list[int]] = {}
    for measure_id, deadlines, own_until, tag_basis, document_id in conn.execute(_DEADLINE_SQL):
        row = by_id.get(measure_id)
        if row is None:
            continue
        try:
            listed, basis = json.loads(deadlines or "[]"), json.loads(tag_basis or "{}")
        except ValueError:
            listed, basis = [], {}
        key = json.dumps([*status_key({"deadlines": listed, "valid_until": own_until, "tag_basis": basis}), document_id],
                         ensure_ascii=False)
        groups.setdefault(key, []).append(row)
    decoded = ((json.loads(key), rows) for key, rows in groups.items())  # keyed as JSON text: lists are not hashable
    return grouped_status_rows([(key[:-1], key[-1], bitmaps.from_rows(rows, size)) for key, rows in decoded],
                               documents, today)


def grouped_status_rows(groups: list[tuple[list, str, int]], documents: dict[str, dict], today: date) -> dict[str, int]:
    """Rows per status from rows grouped by status_key and document (prepared at build time, or read by
    status_rows): each group judged once, no measure read."""
    rows: dict[str, int] = {}
    for key, document_id, held in groups:
        status = status_of(key, documents.get(document_id) or {}, today)
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
