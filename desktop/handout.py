"""The 打印单 for the visitor: the collected measures (and, from the wizard, the answers and the reasons)
as a model with a status column, and the panel that lists them: several selected at once, 移出, 清空,
上移/下移, then 预览/打印/存为PDF; an optional 访客 field names the PDF (打印单-访客-日期.pdf). The sheet itself is rendered in desktop/handoutdoc.py. Main thread."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTreeView,
                               QVBoxLayout, QWidget)

from desktop.flowlayout import FlowLayout
from desktop.handoutdoc import handout_html, preview_dialog, save_pdf, summary_status, verdict_rows  # noqa: F401 - re-exported
from desktop.present import clause_label, short_title, tooltip
from desktop.resultsmodel import IdRole  # the one id role of every list of measures

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = 2  # 措施, 状态


class HandoutModel(QAbstractTableModel):
    """The measures collected for this visitor, in the clerk's order, plus the wizard's answers."""

    changed = Signal()

    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent)
        self.today = today or date.today()
        self._measures: list[dict] = []
        self.answers: list[tuple[str, str]] = []  # (question, answer) from the eligibility wizard
        self.reasons: dict[str, list[str]] = {}  # measure id → the wizard's reasons for its verdict
        self.verdicts: dict[str, dict] = {}  # measure id → {"status": eligible|maybe|…, "missing": [questions]}
        self.visitor = ""  # the visitor's (or the company's) name, optional: the PDF's default file name carries it
        # what the searches the measures came from said about the data (当前数据没有海淀区的区级文件…)
        self.notices: list[str] = []

    def add(self, measure: dict, reasons: list[str] | None = None, status: str | None = None,
            missing: list[str] | None = None) -> bool:
        """Add a measure (False if it is there already). From the wizard: its reasons, its verdict
        (`status`: index.facts.eligibility's eligible / maybe / …) and, for a maybe, the questions still open."""
        if reasons:
            self.reasons[measure["id"]] = list(reasons)
        if status:
            self.verdicts[measure["id"]] = {"status": status, "missing": list(missing or [])}
        if any(m["id"] == measure["id"] for m in self._measures):
            row = next(r for r, m in enumerate(self._measures) if m["id"] == measure["id"])
            self.dataChanged.emit(self.index(row, 1), self.index(row, 1))  # its status may have changed
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
        self.remove_rows([row])

    def remove_rows(self, rows: list[int]) -> None:
        """Take several rows out (from the bottom, so the others keep their numbers meanwhile)."""
        for row in sorted({r for r in rows if 0 <= r < len(self._measures)}, reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            try:
                removed = self._measures.pop(row)
                self.reasons.pop(removed["id"], None)
                self.verdicts.pop(removed["id"], None)
            finally:
                self.endRemoveRows()
        self.changed.emit()

    def move(self, row: int, delta: int) -> int:
        """Move one row up (-1) or down (+1); its new row (the same when it cannot move)."""
        target = row + delta
        if not (0 <= row < len(self._measures) and 0 <= target < len(self._measures)) or delta == 0:
            return row
        # Qt's destination is the row the item goes before, counted before the move
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        try:
            self._measures.insert(target, self._measures.pop(row))
        finally:
            self.endMoveRows()
        self.changed.emit()
        return target

    def clear(self) -> None:
        self.beginResetModel()
        try:
            self._measures.clear()
            self.answers.clear()
            self.reasons.clear()
            self.verdicts.clear()
            self.notices.clear()
            self.visitor = ""
        finally:
            self.endResetModel()
        self.changed.emit()

    def measures(self) -> list[dict]:
        return list(self._measures)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._measures)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return (self.tr("措施"), self.tr("状态"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._measures):
            return None
        m = self._measures[index.row()]
        if role == IdRole:
            return m["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                return summary_status(m, self.today, self.verdicts.get(m["id"]))
            return f"{m['district']}　{short_title(m['document'].get('title'))} {clause_label(m)}　" \
                   f"{m.get('subsection') or ''}".rstrip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(m.get("text"))
        return None


class HandoutPanel(QWidget):
    """The collected measures: select several, 移出, 清空, 上移/下移; 预览/打印/存为PDF."""

    preview_requested = Signal()
    print_requested = Signal()
    pdf_requested = Signal()
    measure_opened = Signal(str)

    def __init__(self, model: HandoutModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.list = QTreeView(self)
        self.list.setModel(model)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setAccessibleName(self.tr("打印单"))
        self.list.doubleClicked.connect(lambda index: self.measure_opened.emit(index.data(IdRole)))
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.visitor_edit = QLineEdit(self)
        self.visitor_edit.setPlaceholderText(self.tr("访客（企业名称或姓名，可不填）"))
        self.visitor_edit.setToolTip(self.tr("填了，存为PDF时的文件名就带上它：打印单-访客-日期.pdf。新访客时清空。"))
        self.visitor_edit.setAccessibleName(self.tr("访客"))
        self.visitor_edit.setClearButtonEnabled(True)
        self.visitor_edit.textChanged.connect(self._on_visitor_edited)
        self.remove_button = QPushButton(self.tr("移出"), self)
        self.clear_button = QPushButton(self.tr("清空"), self)
        self.up_button = QPushButton(self.tr("上移"), self)
        self.down_button = QPushButton(self.tr("下移"), self)
        self.preview_button = QPushButton(self.tr("预览…"), self)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.pdf_button = QPushButton(self.tr("存为PDF…"), self)
        self.remove_button.setToolTip(self.tr("把选中的措施移出打印单（可多选：Ctrl/Shift+单击）"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.clear_button.clicked.connect(self.model.clear)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.preview_button.clicked.connect(lambda: self.preview_requested.emit())
        self.print_button.clicked.connect(lambda: self.print_requested.emit())
        self.pdf_button.clicked.connect(lambda: self.pdf_requested.emit())
        edit = FlowLayout()  # rows that wrap when the pane is narrow (150 % on a laptop)
        for b in (self.remove_button, self.clear_button, self.up_button, self.down_button):
            edit.addWidget(b)
        output = FlowLayout()
        for b in (self.preview_button, self.print_button, self.pdf_button):
            output.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        visitor = QHBoxLayout()
        visitor_label = QLabel(self.tr("访客："), self)
        visitor_label.setBuddy(self.visitor_edit)
        visitor.addWidget(visitor_label)
        visitor.addWidget(self.visitor_edit, 1)  # a filled-in name still says what it is
        layout.addLayout(visitor)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(edit)
        layout.addLayout(output)
        model.changed.connect(self._on_changed)
        model.modelReset.connect(self._on_changed)
        self._on_changed()

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.list.selectionModel().selectedRows()})

    def _on_visitor_edited(self, text: str) -> None:
        self.model.visitor = text.strip()

    def _on_changed(self) -> None:
        if self.model.visitor != self.visitor_edit.text().strip():  # cleared (新访客) or put back (撤销)
            self.visitor_edit.setText(self.model.visitor)
        n = self.model.rowCount()
        self.count_label.setText(self.tr("打印单中有{0}条措施。在措施上点“加入打印单”（Ctrl+D）添加。").format(n))
        for b in (self.remove_button, self.clear_button, self.up_button, self.down_button, self.preview_button,
                  self.print_button, self.pdf_button):
            b.setEnabled(n > 0)

    def _on_remove_clicked(self) -> None:
        rows = self.selected_rows() or ([self.list.currentIndex().row()] if self.list.currentIndex().isValid() else [])
        self.model.remove_rows(rows)

    def _move(self, delta: int) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        row = self.model.move(index.row(), delta)
        self.list.setCurrentIndex(self.model.index(row, 0))
