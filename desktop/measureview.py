"""The measure pane: the full text with hits highlighted, where it comes from, who is responsible,
amounts, deadline and status against today, flags in words, and the actions on it. Main thread."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.flowlayout import FlowLayout
from desktop.present import (
    FLAG_COLOURS,
    STATUS_COLOURS,
    badge,
    clause_label,
    deadline_sentence,
    esc,
    flag_explanation,
    highlighted,
    tr,
)
from index.facts.kinds import KIND_LABELS
from index.facts.deadlines import EXPIRED, UNKNOWN, is_retired, measure_deadline, measure_status, stored_status
from index.present import measure_heading


class SafeBrowser(QTextBrowser):
    """Shows our HTML and nothing else: no links followed, no resource (image, stylesheet) loaded."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        return None


def measure_html(measure: dict, terms: list[str] | tuple[str, ...], today: date) -> str:
    """The pane's HTML. Everything from the document is escaped (esc / highlighted)."""
    doc = measure["document"]
    status = measure_status(measure, today)
    heading = measure_heading(measure)
    parts = [
        f'<p style="color:#555;">{esc(measure["district"])}　{esc(doc.get("title"))}　{esc(clause_label(measure))}</p>',
        f"<h3>{esc(heading)}</h3>",
    ]
    if is_retired(measure):  # a repealed or superseded document: said first, before anything looks current
        parts.insert(0, retired_banner(stored_status(measure) or ""))
    if measure.get("section"):
        parts.append(f'<p style="color:#555;">{esc(measure["section"])}</p>')
    colour = "#a02020" if status == EXPIRED else ("#7a5200" if status == UNKNOWN else "#1d6b2c")
    parts.append(f'<p>{badge(status, STATUS_COLOURS.get(status, STATUS_COLOURS[UNKNOWN]))}&nbsp; '
                 f'<b style="color:{colour};">{esc(deadline_sentence(measure, today))}</b></p>')
    for flag in measure.get("flags", []):
        parts.append(f"<p>{badge(flag, FLAG_COLOURS)}&nbsp; {esc(flag_explanation(flag))}</p>")
    if measure.get("title") and measure.get("subsection"):  # the heading is the title: the subsection is context
        parts.append(f'<p style="color:#555;">{esc(measure["subsection"])}</p>')
    parts.append(f'<p style="line-height:150%;">{highlighted(measure.get("text", ""), terms)}</p>')
    parts += benefit_lines_html(measure)

    rows = [
        (tr("责任单位"), "、".join(measure.get("responsible_units") or []) or measure.get("units_text") or tr("（原文未注明）")),
        (tr("金额/额度"), "；".join(measure.get("amounts") or []) or tr("（原文未写明）")),
        (tr("期限"), (measure_deadline(measure) or tr("未注明")) + f"（{status}）"),
        (tr("文件"), doc.get("title") or ""),
        (tr("发文机关"), doc.get("issuer") or tr("（未识别）")),
        (tr("文号"), doc.get("doc_number") or tr("（无）")),
        (tr("日期"), doc.get("published") or doc.get("signed") or tr("（未识别）")),
        (tr("文件状态"), stored_status(measure) or doc.get("status") or ""),
    ]
    table = "".join(f'<tr><td style="color:#555; padding-right:10px;" valign="top">{esc(k)}</td><td>{esc(v)}</td></tr>'
                    for k, v in rows)
    parts.append(f'<table cellspacing="2">{table}</table>')
    return "\n".join(parts)


def retired_banner(status: str) -> str:
    """The banner over a measure of a repealed (已废止) or superseded (已被《…》修订版取代) document."""
    text = tr("本文件{0}：本条仅供了解，资格自查不再推荐。").format(status)
    if status != "已废止":
        text += tr("请查看新版本。")
    return (f'<table width="100%" cellpadding="6" style="background-color:#fde2e1;"><tr><td>'
            f'<b style="color:#a02020;">{esc(text)}</b></td></tr></table>')


_TAG_FIELDS = (("benefit_types", "惠企类型"), ("entity_types", "面向"), ("sizes", "规模"), ("industries", "行业"),
               ("traits_required", "企业特征"), ("situations_required", "经营情况"))


def benefit_lines_html(measure: dict) -> list[str]:
    """What the measure grants, one line per benefit (cut from the text, with its amount and date), and
    every tag with the words of the text behind it (the tooltip of each tag says the same)."""
    out = []
    clauses = (measure.get("eligibility") or {}).get("clauses") or []
    lines = list(dict.fromkeys(c.get("line") or c.get("basis") for c in clauses))
    if lines:
        items = []
        for line in lines:
            clause = next(c for c in clauses if (c.get("line") or c.get("basis")) == line)
            extra = list(clause.get("amounts") or [])
            if clause.get("deadline"):
                extra.append(tr("期限至{0}").format(clause["deadline"]))
            extra += [tr("{0}前办理").format(t) for t in clause.get("targets") or []]
            items.append(f"<li>{esc(line)}" + (f'<span style="color:#555;">（{esc("；".join(extra))}）</span>' if extra else "")
                         + "</li>")
        out.append(f"<p><b>{esc(tr('可享受的待遇（摘自原文）'))}</b></p><ul>{''.join(items)}</ul>")
    basis = measure.get("tag_basis") or {}
    rows = []
    if measure.get("kind") in KIND_LABELS:
        # what kind of provision it is, and the words that make it so (index/facts/kinds.py)
        words = measure.get("kind_basis") or ""
        rows.append(f'<tr><td style="color:#555; padding-right:10px;" valign="top">{esc(tr("性质"))}</td>'
                    f'<td>{esc(tr(KIND_LABELS[measure["kind"]]))}'
                    + (f'<span style="color:#777;">（{esc(words)}）</span>' if words else "") + "</td></tr>")
    for key, label in _TAG_FIELDS:
        tags = measure.get(key) or []
        if tags:
            shown = "　".join(f'<span title="{esc(tr("原文依据：") + (basis.get(key, {}).get(t) or ""))}">{esc(t)}'
                             f'<span style="color:#777;">（{esc(basis.get(key, {}).get(t) or tr("无依据"))}）</span></span>'
                             for t in tags)
            rows.append(f'<tr><td style="color:#555; padding-right:10px;" valign="top">{esc(tr(label))}</td><td>{shown}</td></tr>')
    if rows:
        out.append(f"<p><b>{esc(tr('标签与原文依据'))}</b></p><table cellspacing=\"2\">{''.join(rows)}</table>")
    return out


def measure_plain_text(measure: dict, today: date) -> str:
    """What 复制 puts on the clipboard, as a clerk would paste it into a message to the visitor: the
    document, district and 第N条, the heading, the text, the units, the deadline sentence once (it says
    已过期 itself), what to watch for. No internal id, no "有效期至：未注明" beside "已过期"."""
    doc = measure["document"]
    source = "　".join(x for x in (doc.get("title") or "", doc.get("doc_number") or "") if x)
    lines = [f"{source}　{measure['district']}　{clause_label(measure)}".lstrip("　"),
             *(x for x in (measure.get("section"), measure.get("subsection"), measure.get("title")) if x),
             "", measure.get("text") or "", "",
             tr("责任单位：{0}").format("、".join(measure.get("responsible_units") or []) or tr("（原文未注明）")),
             tr("期限：{0}").format(deadline_sentence(measure, today))]
    notes = [flag_explanation(f) for f in measure.get("flags") or []]
    if notes:
        lines.append(tr("提示：{0}").format("；".join(notes)))
    return "\n".join(lines)


class MeasureView(QWidget):
    source_requested = Signal(str)  # measure id: show the original document
    compare_requested = Signal(str)
    handout_requested = Signal(str)
    favourite_toggled = Signal(str, bool)

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.measure: dict | None = None
        self.missing_id: str | None = None  # shown instead of a measure: a favourite the data no longer has
        self.terms: list[str] = []
        self.browser = SafeBrowser(self)
        self.browser.setAccessibleName(self.tr("措施全文"))
        self.placeholder = self.tr("在左侧选择一条措施查看全文。")

        self.source_button = QPushButton(self.tr("查看原文"), self)
        self.compare_button = QPushButton(self.tr("同类措施"), self)
        self.copy_button = QPushButton(self.tr("复制"), self)
        self.handout_button = QPushButton(self.tr("加入打印单"), self)
        self.favourite_button = QPushButton(self.tr("☆ 收藏"), self)
        self.favourite_button.setCheckable(True)
        self.copy_button.setToolTip(self.tr("复制本条文字、出处与期限（{0}）").format(
            QKeySequence(QKeySequence.StandardKey.Copy).toString(QKeySequence.SequenceFormat.NativeText)))
        self.source_button.clicked.connect(self._on_source_clicked)
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.copy_button.clicked.connect(self.copy_text)
        self.handout_button.clicked.connect(self._on_handout_clicked)
        self.favourite_button.toggled.connect(self._on_favourite_toggled)
        self.status_label = QLabel(self)

        buttons = FlowLayout()  # wraps when the pane is narrow, instead of setting its minimum width
        for button in (self.source_button, self.compare_button, self.copy_button, self.handout_button, self.favourite_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status_label)
        self.show_measure(None)

    def shown_id(self) -> str | None:
        """The measure (or the missing favourite) the pane shows, None when it is empty."""
        return self.measure["id"] if self.measure else self.missing_id

    def show_measure(self, measure: dict | None, terms: list[str] | tuple[str, ...] = (), favourite: bool = False) -> None:
        self.measure = measure
        self.missing_id = None
        self.terms = list(terms)
        for button in (self.source_button, self.compare_button, self.copy_button, self.handout_button, self.favourite_button):
            button.setEnabled(measure is not None)
        self.set_favourite(favourite)
        self.status_label.clear()
        if measure is None:
            self.browser.setHtml(f'<p style="color:#777;">{esc(self.placeholder)}</p>')
            return
        self.browser.setHtml(measure_html(measure, self.terms, self.today))

    def show_missing(self, measure_id: str, label: str, favourite: bool) -> None:
        """A favourite or history entry whose measure the data now open does not have: say so, and
        leave only the favourite button, so the clerk can still remove it."""
        self.show_measure(None)
        self.missing_id = measure_id
        self.favourite_button.setEnabled(True)
        self.set_favourite(favourite)
        self.browser.setHtml(f'<p style="color:#777;"><b>{esc(label or measure_id)}</b></p><p style="color:#777;">'
                             + esc(self.tr("这条措施已不在当前数据中（重建数据或换用新数据包后没有了）。"
                                           "收藏和浏览记录仍保留它；不再需要时可以取消收藏。")) + "</p>")

    def set_favourite(self, on: bool) -> None:
        self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(on)
        self.favourite_button.setText(self.tr("★ 已收藏") if on else self.tr("☆ 收藏"))
        self.favourite_button.blockSignals(False)

    def set_shortcut_tips(self, tips: dict[QPushButton, str]) -> None:
        for button, text in tips.items():
            button.setToolTip(text)

    def tab_stops(self) -> list[QWidget]:
        return [self.browser, self.source_button, self.compare_button, self.copy_button, self.handout_button,
                self.favourite_button]

    def request_handout(self) -> None:
        self._on_handout_clicked()

    def request_compare(self) -> None:
        self._on_compare_clicked()

    def request_source(self) -> None:
        self._on_source_clicked()

    def toggle_favourite(self) -> None:
        if self.measure is not None or self.missing_id:
            self.favourite_button.toggle()

    def copy_text(self) -> None:
        if self.measure is not None:
            QGuiApplication.clipboard().setText(measure_plain_text(self.measure, self.today))
            self.status_label.setText(self.tr("已复制本条文字。"))

    def _on_source_clicked(self) -> None:
        if self.measure:
            self.source_requested.emit(self.measure["id"])

    def _on_compare_clicked(self) -> None:
        if self.measure:
            self.compare_requested.emit(self.measure["id"])

    def _on_handout_clicked(self) -> None:
        if self.measure:
            self.handout_requested.emit(self.measure["id"])
            self.status_label.setText(self.tr("已加入打印单。"))

    def _on_favourite_toggled(self, on: bool) -> None:
        measure_id = self.measure["id"] if self.measure else self.missing_id
        if measure_id:
            self.set_favourite(on)
            self.favourite_toggled.emit(measure_id, on)
