"""A document's status in the contract's words (docs: contracts.md, "Kinds, rights and documents' lives"):
现行有效 / 已被修订 / 已废止 / 征求意见稿, and two more the contract allows adding: 尚未施行 (its 自…起施行 is
still to come) and 已失效 (its stated validity is over). The stored status keeps the maintainer's and the
text's own words (已被《…》2025年修订版取代, 长期有效, 已印发); JSON gives it as "status_text" beside this one.

Judged against the date the caller passes, never the clock."""
from __future__ import annotations

import re
from datetime import date

IN_FORCE = "现行有效"
REVISED = "已被修订"
REPEALED = "已废止"
DRAFT = "征求意见稿"
NOT_YET = "尚未施行"
LAPSED = "已失效"

_SUPERSEDED = re.compile(r"^已被.+取代$")  # the words a confirmed revision gives its older text


def is_superseded_text(status: str | None) -> bool:
    return bool(_SUPERSEDED.match(status or "")) or status == REVISED


def document_status(document: dict, today: date) -> str:
    """The contract's status of a stored document (its "status" as stored, "superseded_by", "effective",
    "valid_until"): the maintainer's 已废止 / revision first, then a draft, then the dates."""
    stored = document.get("status_text", document.get("status")) or ""
    if stored == REPEALED:
        return REPEALED
    if document.get("superseded_by") or is_superseded_text(stored):
        return REVISED
    if stored == DRAFT:
        return DRAFT
    start, end = _day(document.get("effective")), _day(document.get("valid_until"))
    if start is not None and start > today:
        return NOT_YET
    if end is not None and end < today:
        return LAPSED
    return IN_FORCE


def _day(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
