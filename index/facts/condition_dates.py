"""Dates that say who qualifies, asked in 资格自查.

The dates reader (index/source/dates.py) keeps a date that says who or what qualifies (CONDITION: "截至2026年3月31日
已在本区落户的总部企业", "对2025年12月31日前注册的个体工商户", "获得支持的项目须于…前建成投产") off the measure's end.
No profile says when a business settled, registered or finished its project, so each such date is a question of
the benefit it stands in, quoting the clause that dates it: a date is never dropped from both the end and the
questions.
"""
from __future__ import annotations

import re

from index.facts.inline_conditions import STATED_QUESTION
from index.facts.support import quoted
from index.source.dates import CONDITION, normalise, read_time

_CLAUSE_END = re.compile(r"[，,；;。：:]")
# a day, a month or a year's end as normalise() writes it: what two wordings of one date share
_DAY = re.compile(r"20\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?|底|末)?")


def _dated_clause(sentence: str, day: str, year: int | None, issued: str | None, effective: str | None) -> str:
    """The clause of `sentence` in which `day` is a condition (the sentence itself when no clause alone reads so)."""
    clauses = [c.strip() for c in _CLAUSE_END.split(sentence) if c.strip()]
    for clause in clauses:
        if any(f.kind == CONDITION and f.date == day for f in read_time(clause, year, issued, effective)):
            return clause
    return next((c for c in clauses if _DAY.search(normalise(c)) and day[:4] in normalise(c)), sentence.strip("。；; "))


def condition_date_questions(scope: str, asks: list[str], year: int | None, issued: str | None = None,
                             effective: str | None = None) -> list[str]:
    """The questions the condition dates of `scope` (a benefit's words) add to its `asks`: one per dated clause
    that no question asked already names by its date."""
    asked = [normalise(a) for a in asks]
    out: list[str] = []
    for fact in read_time(scope, year, issued, effective):
        if fact.kind != CONDITION:
            continue
        clause = _dated_clause(fact.basis, fact.date, year, issued, effective)
        written = _DAY.search(normalise(clause))
        if written and any(written.group(0) in a for a in asked):
            continue  # asked with its date already ("2025年1月1日至2025年12月31日期间成立的…")
        question = STATED_QUESTION.format(quoted(clause, 60))
        if question not in out:
            out.append(question)
            asked.append(normalise(question))
    return out
