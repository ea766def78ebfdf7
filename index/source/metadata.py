"""Read document metadata from the text itself: title, issuer, number, dates, status, validity, district.

Also splits the front matter into press note, notice and preamble. Nothing is guessed: a field the
text does not give stays None.
"""
from __future__ import annotations

import re
from datetime import date

from index.models import ParsedDocument
from index.vocab import DISTRICTS, ECONOMIC_ZONE, FLAG_DRAFT, MUNICIPAL


_NOTICE_TITLE = re.compile(r"关于印发《(.{1,200}?)》的通知")  # bounded: "关于印发《" repeated must not make it quadratic
_BOOK_MIN, _BOOK_MAX = 6, 80  # the length of a title cited as 《title》
_BOOK_TITLE = re.compile(rf"《([^《》]{{{_BOOK_MIN},{_BOOK_MAX}}})》")
_DOC_NUMBER = re.compile(r"(?<!（)([\u4e00-\u9fff]{1,10}〔\d{4}〕\d{1,4}号)")
_PUBLISHED = re.compile(r"发布日期[：:]\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_SIGNED = re.compile(r"(?:人民政府|办公厅)(\d{4})年(\d{1,2})月(\d{1,2})日")
_ISSUER_NOTICE = re.compile(r"^(.{2,24}?(?:人民政府办公厅|人民政府|办公厅))关于印发")
_ISSUER_PRESS = re.compile(r"((?:北京市|[\u4e00-\u9fff]{2,4}区)(?:人民政府办公厅|人民政府|办公厅))印发《")
_ISSUER_TITLE = re.compile(r"^(北京市|[\u4e00-\u9fff]{2,4}区)(?:人民政府)?关于")
_VALID_UNTIL = re.compile(r"有效期至(\d{4})年(\d{1,2})月(\d{1,2})日")
_DRAFT = re.compile(r"[（(]?征求意见稿[）)]?")


def iso(year: str, month: str, day: str) -> str | None:
    """ISO date, or None for a date that does not exist (a typo such as 2月30日 in a source)."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def split_front(doc: ParsedDocument, front: list[str], first_line: str | None) -> None:
    """Sort the text before the first heading into press note, notice and preamble; find the title."""
    title = title_from_notice(front)
    bare_at = None
    if title is None:
        # A press note cites the document as 《title》 before the title itself stands bare.
        title, bare_at = _cited_then_bare(front)
    if title is None and first_line:
        title = first_line
        bare_at = next((i for i, s in enumerate(front) if s.startswith(first_line)), None)
    if title is not None:
        doc.status = FLAG_DRAFT if _DRAFT.search(title) else doc.status
        doc.title = _DRAFT.sub("", title).strip() or title
    if bare_at is None and title is not None:
        bare_at = next((i for i, s in enumerate(front) if title in s and f"《{title}》" not in s), None)
    for i, sentence in enumerate(front):
        if i == bare_at and title is not None and sentence.startswith(title):
            # the title stands bare, often glued to the preamble's first sentence
            rest = after_title(sentence, title)
            if rest:
                doc.preamble.append(rest)
        elif bare_at is not None and i >= bare_at:
            doc.preamble.append(sentence)
        elif _NOTICE_TITLE.search(sentence) or _PUBLISHED.search(sentence):
            doc.notice.append(sentence)
        elif bare_at is not None:
            doc.press_note.append(sentence)
        else:
            doc.preamble.append(sentence)


def _cited_then_bare(front: list[str]) -> tuple[str | None, int | None]:
    """The first sentence that starts with a 《title》 cited in the sentences before it, and that title
    (the one cited first when several fit). One pass: the citations are collected as the sentences go by,
    and a sentence is looked up by its prefixes of every length a citation can have."""
    cited: dict[str, int] = {}  # citation → order of its first appearance
    tail = ""  # the end of the text so far, where a citation completed by the next sentence may begin
    for i, sentence in enumerate(front):
        fitting = [cited[sentence[:n]] for n in range(_BOOK_MIN, min(_BOOK_MAX, len(sentence)) + 1)
                   if sentence[:n] in cited]
        if fitting:
            first = min(fitting)
            return next(c for c, order in cited.items() if order == first), i
        window = tail + sentence
        for match in _BOOK_TITLE.finditer(window):
            if match.end() > len(tail):  # the ones ending in the tail were counted with the sentence before
                cited.setdefault(match.group(1), len(cited))
        tail = window[-(_BOOK_MAX + 1):]
    return None, None


def after_title(sentence: str, title: str) -> str:
    """What follows a bare title in its sentence, without a 征求意见稿 marker right after it."""
    rest = sentence[len(title) :] if sentence.startswith(title) else sentence
    match = _DRAFT.match(rest)
    return (rest[match.end() :] if match else rest).strip()


def title_from_notice(front: list[str]) -> str | None:
    for sentence in front:
        match = _NOTICE_TITLE.search(sentence)
        if match:
            return match.group(1)
    return None


def fill_metadata(doc: ParsedDocument) -> None:
    """Issuer, number, dates, validity from the notice, press note, preamble and closing."""
    head = "".join(doc.notice)
    everything = "".join(doc.notice + doc.press_note + doc.preamble + doc.closing)
    if match := _ISSUER_NOTICE.search(head):
        doc.issuer = match.group(1)
    elif match := _ISSUER_PRESS.search("".join(doc.press_note)):
        doc.issuer = match.group(1)
    elif doc.title and (match := _ISSUER_TITLE.search(doc.title)):
        doc.issuer = match.group(1)
    if match := _DOC_NUMBER.search(head):
        doc.doc_number = match.group(1)
    if match := _PUBLISHED.search(head):
        doc.published = iso(*match.groups())
    if match := _SIGNED.search(everything):
        doc.signed = iso(*match.groups())
    if match := _VALID_UNTIL.search(everything):
        doc.valid_until = iso(*match.groups())
    if doc.status is None and (doc.notice or _ISSUER_PRESS.search("".join(doc.press_note))):
        doc.status = "已印发"
    if doc.district is None:
        doc.district = district_of(doc.title or "", doc.issuer or "")


def district_of(*texts: str) -> str | None:
    for text in texts:
        for district in DISTRICTS:
            if district in text:
                return district
        if ECONOMIC_ZONE in text:
            return ECONOMIC_ZONE
    for text in texts:
        if text.startswith(MUNICIPAL) or "本市" in text:
            return MUNICIPAL
    return None
