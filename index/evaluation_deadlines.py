"""Deadline accuracy against gold labels (issue 23 item 4), for index/evaluation_kinds.py.

A label states the measure's end (`deadline`, ISO, or null when neither the measure nor its document states
one) as a reader takes it; the program's is index.facts.deadlines.measure_deadline. Dates one day apart count
as the same end ("有效期2年" from 2026-03-18 is 2028-03-17 or -18 by the reader's arithmetic). The status on
the judging day (已过期 or not) is compared too: it is what the clerk is told.
"""
from __future__ import annotations

from datetime import date

from index.facts.deadlines import EXPIRED, measure_deadline, measure_status


def _same_day(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return a == b
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    except ValueError:
        return False


def judge_time(where: str, label: dict, measure: dict | None, today: date) -> dict:
    """One article: the gold end and expiry against the program's."""
    got = measure_deadline(measure) if measure else None
    expired = measure_status(measure, today) == EXPIRED if measure else None
    gold_expired = label.get("expired_on_2026_12_04")
    return {"where": where, "gold": label.get("deadline"), "got": got, "basis": label.get("deadline_basis"),
            "deadline_ok": _same_day(got, label.get("deadline")),
            "expiry_ok": bool(expired) == bool(gold_expired)}


def time_figures(times: list[dict]) -> dict:
    if not times:
        return {}
    right = [t for t in times if t["deadline_ok"]]
    expiry = [t for t in times if t["expiry_ok"]]
    n = len(times)
    return {"deadline_accuracy": f"{len(right)}/{n} = {100 * len(right) / n:.0f}%",
            "expiry_accuracy": f"{len(expiry)}/{n} = {100 * len(expiry) / n:.0f}%",
            "deadline_misses": [f"{t['where']}：标注 {t['gold']}，程序 {t['got']}（{t['basis'] or '无依据句'}）"
                                for t in times if not t["deadline_ok"]]}
