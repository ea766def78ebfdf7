"""Small presentation helpers shared by the views: status against today, flag wording, safe HTML.

Every string from a document goes through html.escape here (or arrives escaped from index.snippets);
the only markup we add around it is our own. Pure functions, any thread.
"""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from index.facts.deadlines import EXPIRED, UNKNOWN, VALID, deadline_note, measure_status
from index.paths import resource
from index.snippets import hit_spans, mark

HIGHLIGHT = "#ffe58a"
# badge colours: (background, text)
STATUS_COLOURS = {VALID: ("#d8f0dc", "#1d6b2c"), EXPIRED: ("#ececec", "#a02020"), UNKNOWN: ("#fff0c8", "#7a5200")}
FLAG_COLOURS = ("#fde2e1", "#9b1c1c")
NOTE_COLOURS = ("#e6eef6", "#2c4a6b")  # a badge that informs (不限行业), not one that warns
DISTRICT_COLOURS = ("#dce8fb", "#1f4f99")
MUNICIPAL_COLOURS = ("#e9defa", "#5b2d99")
SHOWN_FLAGS = ("原文缺失", "征求意见稿", "文本重组", "文本不完整")  # the flags that earn a badge in the result list


def tr(text: str) -> str:
    return QCoreApplication.translate("present", text)


def flag_explanation(flag: str) -> str:
    return {
        "文本重组": tr("本条文本由乱序原文整理，请以原件为准"),
        "编号推定": tr("本条编号为推定"),
        "原文缺失": tr("收集到的原文缺少本条正文，请查阅原件"),
        "文本不完整": tr("收集到的原文在本条处有缺漏，文字可能不全，请查阅原件"),
        "征求意见稿": tr("本文件为征求意见稿，非正式文件"),
    }.get(flag, flag)


def deadline_sentence(measure: dict, today: date) -> str:
    """The plain words a clerk reads out (index.facts.deadlines words them; here today's date is added
    to an expired one): never lets an expired benefit look current."""
    note = deadline_note(measure, today)
    if measure_status(measure, today) == EXPIRED:
        note += tr("（今天是{0}）").format(today.isoformat())
    return note


def short_title(title: str | None, limit: int = 16) -> str:
    title = (title or "").strip("《》 ") or tr("（无标题）")
    return title if len(title) <= limit else title[: limit - 1] + "…"


def clause_label(measure: dict) -> str:
    return tr("第{0}条").format(measure["number"])


def marks_to_html(escaped: str) -> str:
    """index.snippets output (escaped text + <mark>) → Qt rich text (Qt has no <mark>)."""
    return escaped.replace("<mark>", f'<span style="background-color:{HIGHLIGHT};">').replace("</mark>", "</span>")


def highlighted(text: str, terms: tuple[str, ...] | list[str]) -> str:
    """Escaped `text` with every literal hit of `terms` highlighted."""
    text = text or ""
    return marks_to_html(mark(text, hit_spans(text, tuple(terms))))


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def tooltip(text: str | None) -> str:
    """A tooltip showing `text` literally. Qt guesses whether a tooltip is rich text, so document text
    like "<img src=x>" would be rendered as markup (and "&amp;" in plain text shown raw): the text is
    escaped and always sent as rich text (<qt>), its line breaks kept."""
    return "<qt>" + esc(text or "").replace("\n", "<br>") + "</qt>" if text else ""


def badge(text: str, colours: tuple[str, str]) -> str:
    bg, fg = colours
    return f'<span style="background-color:{bg}; color:{fg};">&nbsp;{esc(text)}&nbsp;</span>'


def source_path(source_file: str | None) -> Path | None:
    """Where a document's original text is: bundled ("resources/…", via the one resource locator) or imported."""
    if not source_file:
        return None
    parts = Path(source_file).parts
    if parts and parts[0] == "resources":
        return resource(*parts[1:])
    return Path(source_file)
