"""The search box: reports every edit at once (the service coalesces), suggests from the vocabulary
and recent searches, Enter opens the top result, Esc closes the suggestions or else clears, Up/Down walk
the results. Main thread."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class SearchBox(QLineEdit):
    query_edited = Signal(str, float)  # (text, perf_counter() of the edit)
    open_top_requested = Signal()
    step_requested = Signal(int)  # +1 / -1: move through the results without leaving the box

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("输入关键词，如：房租减免、社保缓缴、个体户 贷款（Ctrl+F）"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("搜索"))
        self._words = QStringListModel(self)
        self._offered = _WithoutTyped(self)  # the suggestions less the one that only repeats what is typed
        self._offered.setSourceModel(self._words)
        completer = QCompleter(self._offered, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(10)
        self.setCompleter(completer)
        # a suggestion taken with Enter (or a click) is searched and its top hit opened at once
        completer.activated[str].connect(lambda _text: self.open_top_requested.emit())
        self._vocabulary: list[str] = []
        self._recent: list[str] = []
        self.window_actions: list = []  # set by the window: its actions whose keys the box must not eat (when enabled)
        self.popup_room = None  # () → the widest the suggestions may be (the window: the facet column's width)
        # before the completer looks (QLineEdit completes after textEdited): a list that showed the typed
        # word and then lost it would open and close the popup under the clerk's keys
        self.textEdited.connect(self._offered.set_typed)
        self.textChanged.connect(self._on_text_changed)

    def set_vocabulary(self, words: list[str]) -> None:
        self._vocabulary = list(words)
        self._refresh_words()

    def set_recent(self, recent: list[str]) -> None:
        self._recent = list(recent)
        self._refresh_words()

    def suggestions(self) -> list[str]:
        """What the suggestion list may offer now (the typed text itself left out)."""
        offered = self._offered
        return [offered.index(row, 0).data() for row in range(offered.rowCount())]

    def _refresh_words(self) -> None:
        # recent searches first: they are what this clerk types
        words = list(dict.fromkeys(self._recent + sorted(set(self._vocabulary), key=lambda w: (len(w), w))))
        self._words.setStringList(words)

    def _on_text_changed(self, text: str) -> None:
        self._offered.set_typed(text)
        if self.popup_room is not None:
            # the suggestions stay over the facet column: the 找到N条 line beside it stays in sight
            self.completer().popup().setMaximumWidth(max(self.fontMetrics().horizontalAdvance("国") * 8, self.popup_room()))
        self.query_edited.emit(text, time.perf_counter())

    def event(self, event: QEvent) -> bool:
        """The window's own shortcuts win over the line edit's: Ctrl+Shift+Z is 撤销新访客 here too
        (QLineEdit would take it as Redo, so after Ctrl+N in the box it could not be undone)."""
        if event.type() == QEvent.Type.ShortcutOverride and self._window_key(event):
            return False  # not overridden: the shortcut goes to the window's action
        return super().event(event)

    def _window_key(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(action.isEnabled() and pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                   for action in self.window_actions for k in action.shortcuts())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter opens the top hit at once, suggestions showing or not: a suggestion picked with ↓
        # becomes the query first. Esc closes the suggestions if they show, else clears the box.
        key = event.key()
        popup = self.completer().popup()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if popup is not None and popup.isVisible():
                picked = popup.currentIndex()
                popup.hide()
                if picked.isValid() and picked.data() and picked.data() != self.text():
                    self.setText(picked.data())  # searches through textChanged
            self.open_top_requested.emit()
            return
        if popup is not None and popup.isVisible():
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Escape:
            self.clear()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step_requested.emit(1 if key == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class _WithoutTyped(QSortFilterProxyModel):
    """The suggestions without the one equal to the text typed (it would only repeat it)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._typed = ""

    def set_typed(self, text: str) -> None:
        typed = text.strip().lower()
        if typed != self._typed:
            self.beginFilterChange()
            self._typed = typed
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self._typed:
            return True
        return (self.sourceModel().index(row, 0, parent).data() or "").lower() != self._typed
