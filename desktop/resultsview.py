"""The result list widget: a QListView with the result delegate, which reports when a new result
has actually been painted (what "results on screen" is measured against). Main thread."""
from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListView

from desktop.resultdelegate import ResultDelegate


class ResultsView(QListView):
    result_painted = Signal(float)  # perf_counter() of the first paint after mark_new_result()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(ResultDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setAlternatingRowColors(False)
        self.setAccessibleName(self.tr("搜索结果"))
        self._awaiting_paint = False

    def mark_new_result(self) -> None:
        self._awaiting_paint = True
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._awaiting_paint:
            self._awaiting_paint = False
            self.result_painted.emit(time.perf_counter())
