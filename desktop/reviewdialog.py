"""数据 → 已导入的文件 → 复核与更正…: an imported or bundled document as the data now says it — its title, issuer,
number, dates, validity and status, and every measure with its 性质, 受益方, 期限 and status as of the
window's day and 金额, each cell's tooltip the words behind it (the import review's table) — with the
corrections at hand: 更正所选措施… (kind, beneficiaries, deadline), 更正文件信息… (title, date, validity,
status) and 标为已废止…. The corrections are stored and the data rebuilt by desktop/importflow.py. Main thread."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QTableView,
                               QVBoxLayout, QWidget)

from desktop.geometry import fit
from desktop.importdialog import ParsedMeasuresModel
from index.facts.deadlines import REPEALED, is_retired, stored_status


class DocumentReviewDialog(QDialog):
    """One document's measures (imported or bundled) for review; the buttons ask desktop/correctflow.py to correct."""

    correct_measure_requested = Signal(object)  # the measure (dict) selected
    correct_document_requested = Signal(object)  # the status to preselect (str) or None

    def __init__(self, document: dict, measures: list[dict], parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.today = today
        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label in (("title", "标题"), ("source", "发文"), ("dates", "日期"), ("status", "状态")):
            widget = QLabel(self)
            widget.setTextFormat(Qt.TextFormat.PlainText)
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = widget
            self.form.addRow(self.tr(label), widget)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-weight:bold;")
        self.view = QTableView(self)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # two lines a row: ten measures and more checked on one 1366×768 screen; the whole text in the tooltip
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 4)
        self.view.doubleClicked.connect(lambda _index: self._correct_selected())
        buttons = QDialogButtonBox(self)
        self.correct_button = buttons.addButton(self.tr("更正所选措施…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.document_button = buttons.addButton(self.tr("更正文件信息…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.repeal_button = buttons.addButton(self.tr("标为已废止…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.correct_button.setToolTip(self.tr("更正所选措施的性质、受益方或期限（写明理由，随数据包发出）；也可双击一行"))
        self.document_button.setToolTip(self.tr("更正文件的标题、发布日期、有效期或状态（写明理由）"))
        self.repeal_button.setToolTip(self.tr("文件已被废止：其措施仍可检索，标“已过期（仅供了解）”，资格自查不再推荐"))
        self.correct_button.clicked.connect(self._correct_selected)
        self.document_button.clicked.connect(lambda: self.correct_document_requested.emit(None))
        self.repeal_button.clicked.connect(lambda: self.correct_document_requested.emit(REPEALED))
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("鼠标停在格子上显示原文依据；判断不对时选中一行，点“更正所选措施…”。"), self)
        hint.setStyleSheet("color:#555;")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.em = self.fontMetrics().horizontalAdvance("国")
        self.set_document(document, measures)
        fit(self, QSize(self.em * 100, self.em * 64))

    def set_document(self, document: dict, measures: list[dict]) -> None:
        """Show `document` and its `measures` (again, after a correction was rebuilt); the selected row kept."""
        row = self.selected_row()
        self.document = document
        self.setWindowTitle(self.tr("复核与更正：{0}").format(document.get("title") or self.tr("（无标题）")))
        none = self.tr("（未识别）")
        self.fields["title"].setText(document.get("title") or none)
        self.fields["source"].setText(self.tr("{0}　{1}").format(document.get("issuer") or none, document.get("doc_number") or ""))
        self.fields["dates"].setText(self.tr("发布：{0}　成文：{1}　施行：{2}　有效期至：{3}").format(
            document.get("published") or none, document.get("signed") or none, document.get("effective") or none,
            document.get("valid_until") or self.tr("（未写明）")))
        status = stored_status({"document": document}) or self.tr("正式文件")
        if is_retired({"document": document}):
            status += self.tr("：其措施仍可检索，资格自查不再推荐")
        self.fields["status"].setText(status)
        self.fields["status"].setStyleSheet("color:#a02020; font-weight:bold;" if is_retired({"document": document}) else "")
        self.model = ParsedMeasuresModel(measures, self, document=document, today=self.today)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        header = self.view.horizontalHeader()
        for column, width in ((0, 3), (1, 6), (3, 7), (4, 6), (5, 7), (6, 10), (7, 8), (8, 7)):
            header.resizeSection(column, self.em * width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(self.tr("{0}条措施。").format(self.model.rowCount()))
        self.repeal_button.setEnabled(document.get("status") != REPEALED)
        if self.model.rowCount():
            self.view.selectRow(min(row if row is not None else 0, self.model.rowCount() - 1))
        self._update_buttons()

    def selected_row(self) -> int | None:
        model = self.view.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return rows[0].row() if rows else None

    def selected_measure(self) -> dict | None:
        row = self.selected_row()
        return self.model.rows()[row] if row is not None else None

    def _update_buttons(self, *_args) -> None:
        self.correct_button.setEnabled(self.selected_row() is not None)

    def _correct_selected(self) -> None:
        measure = self.selected_measure()
        if measure is not None:
            self.correct_measure_requested.emit(measure)
