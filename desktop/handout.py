"""The handout for the visitor: the collected measures (and, from the wizard, the answers and the
reasons), rendered as HTML into a QTextDocument and printed on A4 or saved as PDF. Main thread."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QMarginsF, QModelIndex, QPersistentModelIndex, QSizeF, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from desktop.present import clause_label, deadline_sentence, esc, flag_explanation, short_title, tooltip, tr
from index.deadlines import EXPIRED, measure_status
from index.eligibility import ELIGIBLE, INELIGIBLE, MAYBE
from index.present import data_version

IdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class HandoutModel(QAbstractListModel):
    """The measures collected for this visitor, in the order added, plus the wizard's answers."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._measures: list[dict] = []
        self.answers: list[tuple[str, str]] = []  # (question, answer) from the eligibility wizard
        self.reasons: dict[str, list[str]] = {}  # measure id → the wizard's reasons for its verdict
        self.verdicts: dict[str, dict] = {}  # measure id → {"status": eligible|maybe|…, "missing": [questions]}

    def add(self, measure: dict, reasons: list[str] | None = None, status: str | None = None,
            missing: list[str] | None = None) -> bool:
        """Add a measure (False if it is there already). From the wizard: its reasons, its verdict
        (`status`: index.eligibility's eligible / maybe / …) and, for a maybe, the questions still open."""
        if reasons:
            self.reasons[measure["id"]] = list(reasons)
        if status:
            self.verdicts[measure["id"]] = {"status": status, "missing": list(missing or [])}
        if any(m["id"] == measure["id"] for m in self._measures):
            return False
        row = len(self._measures)
        self.beginInsertRows(QModelIndex(), row, row)
        try:
            self._measures.append(measure)
        finally:
            self.endInsertRows()
        self.changed.emit()
        return True

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._measures):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        try:
            removed = self._measures.pop(row)
            self.reasons.pop(removed["id"], None)
            self.verdicts.pop(removed["id"], None)
        finally:
            self.endRemoveRows()
        self.changed.emit()

    def clear(self) -> None:
        self.beginResetModel()
        try:
            self._measures.clear()
            self.answers.clear()
            self.reasons.clear()
            self.verdicts.clear()
        finally:
            self.endResetModel()
        self.changed.emit()

    def measures(self) -> list[dict]:
        return list(self._measures)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._measures)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._measures):
            return None
        m = self._measures[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{m['district']}　{short_title(m['document'].get('title'))} {clause_label(m)}　" \
                   f"{m.get('subsection') or ''}".rstrip()
        if role == IdRole:
            return m["id"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(m.get("text"))
        return None


def verdict_rows(measure: dict, today: date, reasons: list[str] | None, verdict: dict | None) -> list[tuple[str, str]]:
    """What the wizard concluded, in words that never make a maybe or an expired measure look granted:
    eligible and current → 为什么适用; maybe → 可能适用，还需确认：the open questions; expired → 仅供了解."""
    reasons = [r for r in reasons or [] if r]
    status = (verdict or {}).get("status")
    missing = [q for q in (verdict or {}).get("missing") or [] if q]
    why = "；".join(reasons)
    if measure_status(measure, today) == EXPIRED:
        rows = [(tr("自查结论"), tr("已过期，仅供了解"))]
    elif status == ELIGIBLE:
        return [(tr("自查结论"), tr("适用（以责任单位审核为准）"))] + ([(tr("为什么适用"), why)] if why else [])
    elif status == MAYBE:
        rows = [(tr("自查结论"), tr("可能适用，还需确认：{0}").format("；".join(missing) if missing else tr("请向责任单位确认")))]
    elif status == INELIGIBLE:
        rows = [(tr("自查结论"), tr("不适用"))]
    elif not reasons:
        return []
    else:
        rows = []
    return rows + ([(tr("判断依据"), why)] if why else [])


def handout_html(measures: list[dict], meta: dict, today: date, answers: list[tuple[str, str]] | None = None,
                 reasons: dict[str, list[str]] | None = None, verdicts: dict[str, dict] | None = None) -> str:
    """The handout as HTML; every value from the data is escaped. `reasons` and `verdicts` (by measure
    id) come from the wizard: see verdict_rows for how each is worded."""
    reasons, verdicts = reasons or {}, verdicts or {}
    out = [
        f'<h2>{esc(tr("惠企政策措施摘要"))}</h2>',
        f'<p style="color:#444;">{esc(tr("打印日期：{0}　数据版本：{1}（{2}份文件，{3}条措施）").format(today.isoformat(), data_version(meta), meta.get("documents", "?"), meta.get("measures", "?")))}</p>',
        f'<p style="color:#444;">{esc(tr("说明：以下内容摘自政策原文，是否符合条件以责任单位审核为准。期限已过的措施不能再承诺办理。"))}</p>',
    ]
    if answers:
        rows = "".join(f"<tr><td>{esc(q)}</td><td>{esc(a)}</td></tr>" for q, a in answers)
        out.append(f'<h3>{esc(tr("您的情况"))}</h3><table border="1" cellspacing="0" cellpadding="4">{rows}</table>')
    if not measures:
        out.append(f"<p>{esc(tr('（打印单中还没有措施）'))}</p>")
    for n, m in enumerate(measures, 1):
        doc = m["document"]
        status = measure_status(m, today)
        out.append(f"<h3>{n}. {esc(m.get('subsection') or m.get('title') or clause_label(m))}</h3>")
        out.append(f"<p>{esc(m.get('text') or '')}</p>")
        rows = [
            (tr("出处"), f"{m['district']}　{doc.get('title') or ''}　{clause_label(m)}" + (f"（{doc['doc_number']}）" if doc.get("doc_number") else "")),
            (tr("状态"), f"{status}：{deadline_sentence(m, today)}"),
            (tr("金额/额度"), "；".join(m.get("amounts") or []) or tr("（原文未写明）")),
            (tr("责任单位"), "、".join(m.get("responsible_units") or []) or tr("（原文未注明）")),
        ]
        rows += verdict_rows(m, today, reasons.get(m["id"]), verdicts.get(m["id"]))
        rows += [(tr("提示"), flag_explanation(f)) for f in m.get("flags") or []]
        table = "".join(f'<tr><td width="18%" valign="top"><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>' for k, v in rows)
        out.append(f'<table cellspacing="0" cellpadding="3" width="100%">{table}</table>')
    return "\n".join(out)


def a4_printer(pdf_path: Path | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_path))
        printer.setDocName("handout")
    return printer


def text_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def print_html(html: str, printer: QPrinter) -> None:
    doc = text_document(html)
    doc.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.Point).size()))
    doc.print_(printer)


def save_pdf(html: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    print_html(html, a4_printer(path))
    return path


def preview_dialog(html: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview (A4) of `html`; the caller shows or exec()s it."""
    printer = a4_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ref = printer  # the dialog does not own its printer: keep it alive as long as the dialog
    dialog.setWindowTitle(tr("打印预览"))
    dialog.paintRequested.connect(lambda p: print_html(html, p))
    dialog.resize(900, 1000)
    return dialog


class HandoutPanel(QWidget):
    """The list of collected measures with remove / preview / print / PDF buttons."""

    preview_requested = Signal()
    print_requested = Signal()
    pdf_requested = Signal()
    measure_opened = Signal(str)

    def __init__(self, model: HandoutModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.list = QListView(self)
        self.list.setModel(model)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("打印单"))
        self.list.doubleClicked.connect(lambda index: self.measure_opened.emit(index.data(IdRole)))
        self.count_label = QLabel(self)
        self.remove_button = QPushButton(self.tr("移出"), self)
        self.preview_button = QPushButton(self.tr("预览…"), self)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.pdf_button = QPushButton(self.tr("存为PDF…"), self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.preview_button.clicked.connect(lambda: self.preview_requested.emit())
        self.print_button.clicked.connect(lambda: self.print_requested.emit())
        self.pdf_button.clicked.connect(lambda: self.pdf_requested.emit())
        buttons = QHBoxLayout()
        for b in (self.remove_button, self.preview_button, self.print_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        model.changed.connect(self._on_changed)
        model.modelReset.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("打印单中有{0}条措施。在措施上点“加入打印单”添加。").format(n))
        for b in (self.remove_button, self.preview_button, self.print_button, self.pdf_button):
            b.setEnabled(n > 0)

    def _on_remove_clicked(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
