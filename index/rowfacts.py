"""Facts of every measure the search filters by that the prepared search data does not hold: which
measures apply to every industry (不限行业) and when each ends. Read from SQLite in one query each, on
first use (a small library pays ~1 ms, 100,000 measures well under a second), never by decoding
whole measures. Rows are the engine's; the results are row bitmaps (index.bitmaps).

不限行业 is the eligibility check's reading (index.facts.eligibility): a measure applies to an
enterprise of any industry when one of its benefits (clauses) names no industry. A measure that is
only a government task, or whose text offers no benefit, has no such clause and is not one.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date

from index import bitmaps
from index.facts.deadlines import EXPIRED, VALID, measure_status

ANY_INDUSTRY = "不限行业"

_ANY_INDUSTRY_SQL = """
select m.id from measures m
where exists (select 1 from json_each(coalesce(nullif(m.eligibility, ''), '{}'), '$.clauses') c
              where json_array_length(coalesce(json_extract(c.value, '$.industries'), '[]')) = 0)
"""
_DEADLINE_SQL = """
select m.id, m.deadlines, m.valid_until, d.valid_until from measures m left join documents d on d.id = m.document_id
"""


def any_industry_rows(conn: sqlite3.Connection, by_id: dict[str, int], size: int) -> int:
    """Rows of the measures with a benefit open to every industry."""
    found = (by_id.get(measure_id) for (measure_id,) in conn.execute(_ANY_INDUSTRY_SQL))
    return bitmaps.from_rows((row for row in found if row is not None), size)


def status_rows(conn: sqlite3.Connection, by_id: dict[str, int], size: int, today: date) -> dict[str, int]:
    """Rows per deadline status (有效 / 已过期 / 未注明期限) on `today`, by the rule the cards show."""
    rows: dict[str, list[int]] = {}
    for measure_id, deadlines, own_until, document_until in conn.execute(_DEADLINE_SQL):
        row = by_id.get(measure_id)
        if row is None:
            continue
        try:
            listed = json.loads(deadlines or "[]")
        except ValueError:
            listed = []
        status = measure_status({"deadlines": listed, "valid_until": own_until,
                                 "document": {"valid_until": document_until}}, today)
        rows.setdefault(status, []).append(row)
    return {status: bitmaps.from_rows(found, size) for status, found in rows.items()}


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
