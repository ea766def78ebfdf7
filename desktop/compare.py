"""同类措施: the same kind of measure from the city and each district side by side, one column per
measure, with amounts, deadlines, status and units on aligned rows; the clerk picks the columns.
Main thread."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.geometry import fit
from desktop.present import STATUS_COLOURS, clause_label, deadline_sentence, flag_explanation, short_title, tooltip
from desktop.resultsmodel import IdRole  # the one id role of every list of measures
from index.facts.deadlines import UNKNOWN, measure_status
from index.facts.similar import Likeness, default_picks, primary_kinds, similar_measures
from index.vocab import MUNICIPAL
from index.present import measure_heading

_Index = QModelIndex | QPersistentModelIndex
STATUS_ROW = 3  # the 状态 aspect: drawn as a bordered label


class StatusDelegate(QStyledItemDelegate):
    """The 状态 row as a bordered, bold label in its status colour (已过期 red on its light grey): it was
    black on grey, and colour alone does not survive a black-and-white copy. Other rows as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.row() != STATUS_ROW:
            super().paint(painter, option, index)
            return
        painter.save()
        try:
            painter.fillRect(option.rect, index.data(Qt.ItemDataRole.BackgroundRole) or option.palette.base())
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            box = painter.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3)
            box.moveTopLeft(option.rect.topLeft() + QPoint(6, 4))
            colour = index.data(Qt.ItemDataRole.ForegroundRole) or QColor("#1a1a1a")
            painter.setPen(QPen(colour, 1.5))
            painter.drawRect(box)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        finally:
            painter.restore()


class CompareModel(QAbstractTableModel):
    """Rows are aspects (text, amounts, deadline…), columns are measures: plain text only, so a
    document's own characters can never act as markup."""

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.today = today
        self._measures: list[dict] = []

    def aspects(self) -> list[str]:
        return [self.tr("小标题"), self.tr("金额/额度"), self.tr("期限"), self.tr("状态"), self.tr("责任单位"),
                self.tr("条文"), self.tr("提示")]

    def set_measures(self, measures: list[dict]) -> None:
        self.beginResetModel()
        try:
            self._measures = list(measures)
        finally:
            self.endResetModel()

    def measure_ids(self) -> list[str]:
        return [m["id"] for m in self._measures]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.aspects())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._measures)

    def _cell(self, row: int, m: dict) -> str:
        if row == 0:
            return measure_heading(m)
        if row == 1:
            return "\n".join(m.get("amounts") or []) or self.tr("（原文未写明）")
        if row == 2:
            return deadline_sentence(m, self.today)
        if row == 3:
            return measure_status(m, self.today)
        if row == 4:
            return "、".join(m.get("responsible_units") or []) or self.tr("（原文未注明）")
        if row == 5:
            return m.get("text") or ""
        return "\n".join(flag_explanation(f) for f in m.get("flags") or [])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.aspects()) and 0 <= index.column() < len(self._measures)):
            return None
        m = self._measures[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(index.row(), m)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._cell(index.row(), m))
        if role == IdRole:
            return m["id"]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and index.row() == STATUS_ROW:
            colours = STATUS_COLOURS.get(measure_status(m, self.today), STATUS_COLOURS[UNKNOWN])
            return QColor(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1])
        if role == Qt.ItemDataRole.FontRole and index.row() == STATUS_ROW:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            aspects = self.aspects()
            return aspects[section] if 0 <= section < len(aspects) else None
        if 0 <= section < len(self._measures):
            m = self._measures[section]
            return f"{m['district']}\n{short_title(m['document'].get('title'), 12)} {clause_label(m)}"
        return None


class CompareView(QWidget):
    """Candidates (checkable, grouped by district) on the left, the comparison table on the right."""

    measure_opened = Signal(str)  # the clerk double-clicked a column

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CompareModel(today, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(StatusDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(250)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.candidates = QListWidget(self)
        self.candidates.setAccessibleName(self.tr("可比较的措施"))
        self.candidates.itemChanged.connect(self._on_item_changed)
        self.candidates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.candidates.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("勾选要比较的措施："), left))
        left_layout.addWidget(self.candidates, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._by_id: dict[str, dict] = {}
        self._order: list[str] = []
        self._what = ""

    def compare(self, seed: dict, measures: list[dict], likeness: Likeness | None = None) -> None:
        """Fill the candidates with the seed's kind and tick the seed plus one per district (`likeness`:
        how alike their wording is, index.search.SearchEngine.likeness)."""
        similar = similar_measures(seed, measures, likeness=likeness)
        self._by_id = {m["id"]: m for m in similar}
        self._order = [m["id"] for m in similar]
        picked = set(default_picks(seed, similar))
        self._what = "、".join(sorted(primary_kinds(seed, measures))) or self.tr("小标题相近")
        self.candidates.blockSignals(True)
        self.candidates.clear()
        for m in sorted(similar, key=lambda m: (m["district"] != MUNICIPAL, m["district"], self._order.index(m["id"]))):
            item = QListWidgetItem(f"{m['district']} {clause_label(m)} {m.get('subsection') or short_title(m.get('text'), 20)}")
            item.setData(IdRole, m["id"])
            item.setToolTip(tooltip(f"{m['document'].get('title') or ''}\n{m.get('text') or ''}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m["id"] in picked else Qt.CheckState.Unchecked)
            self.candidates.addItem(item)
        self.candidates.blockSignals(False)
        self._refresh()

    def set_picked(self, ids: list[str]) -> None:
        wanted = set(ids)
        self.candidates.blockSignals(True)
        for i in range(self.candidates.count()):
            item = self.candidates.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(IdRole) in wanted else Qt.CheckState.Unchecked)
        self.candidates.blockSignals(False)
        self._refresh()

    def picked(self) -> list[str]:
        return [self.candidates.item(i).data(IdRole) for i in range(self.candidates.count())
                if self.candidates.item(i).checkState() == Qt.CheckState.Checked]

    def _refresh(self) -> None:
        # columns in list order: city first, then districts
        picked = self.picked()
        self.model.set_measures([self._by_id[i] for i in picked])
        self._fit_rows()
        # the count follows every tick, not only the picks made on opening
        self.summary.setText(self.tr("同类措施（{0}）：共{1}条，已选{2}条。今天：{3}").format(
            self._what, len(self._order), len(picked), self.model.today.isoformat()))

    def _fit_rows(self) -> None:
        """Row heights from every column's text (Qt's own resize only measures the visible columns,
        so a long deadline in a column scrolled out of view would be clipped)."""
        metrics = self.table.fontMetrics()
        width = self.table.horizontalHeader().defaultSectionSize() - 10
        for row in range(self.model.rowCount()):
            height = metrics.height()
            for column in range(self.model.columnCount()):
                text = self.model.index(row, column).data() or ""
                box = metrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text)
                height = max(height, box.height())
            self.table.setRowHeight(row, height + 8)

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self._refresh()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        measure_id = index.data(IdRole)
        if measure_id:
            self.measure_opened.emit(measure_id)


class CompareDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("同类措施比较"))
        self.view = CompareView(today, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("双击一列打开该措施。"), self))
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        fit(self, QSize(1200, 720))
