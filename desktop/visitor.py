"""新访客: everything of the last visitor cleared (query, filters, 含市级措施, the pane, the handout with
its answers, the 打印单 selection, open 原文 and compare dialogs, the wizard, recent searches that may
hold personal details), with an undo for a minute for the clerk who pressed it too early. Main thread.

The snapshot lives only in memory and only for UNDO_MS: after that nothing of the last visitor remains.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal

from index.search import Filters

UNDO_MS = 60_000


@dataclass
class VisitorState:
    query: str
    filters: Filters
    shown_id: str | None
    handout: list[dict]
    answers: list[tuple[str, str]]
    reasons: dict[str, list[str]]
    verdicts: dict[str, dict]
    recent: list[str]
    profile: dict | None = None
    visitor: str = ""


class VisitorSession(QObject):
    """Clears the window for the next visitor and can put the last one back within UNDO_MS."""

    undo_available = Signal(bool)

    def __init__(self, window, parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self._saved: VisitorState | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_MS)
        self.timer.timeout.connect(self.forget)

    @property
    def can_undo(self) -> bool:
        return self._saved is not None

    def _snapshot(self) -> VisitorState:
        w = self.window
        h = w.handout
        profile = w.wizard.profile() if w.wizard is not None else None
        return VisitorState(w.search_box.text(), w.facets.filters(), w.measure_view.shown_id(), h.measures(),
                            list(h.answers), {k: list(v) for k, v in h.reasons.items()},
                            {k: dict(v) for k, v in h.verdicts.items()}, w.settings.recent_searches, profile,
                            h.visitor)

    def new_visitor(self) -> None:
        w = self.window
        self._saved = self._snapshot()
        default = w.settings.default_district
        w.settings.include_municipal = True  # 含市级措施 back to its default, not the last visitor's choice
        w.facets.set_filters(Filters(district=[default] if default else [], include_municipal=True))
        w.handout.clear()
        w.handout_panel.list.clearSelection()
        w.handout_panel.list.setCurrentIndex(QModelIndex())
        w.tabs.setCurrentWidget(w.measure_view)
        w.results_view.clearSelection()
        w.results_view.setCurrentIndex(QModelIndex())
        w.measure_view.show_measure(None)
        w.close_dialogs()
        if w.wizard is not None:
            w.wizard.clear()
            w.wizard.hide()
        w.settings.clear_recent_searches()
        w.search_box.set_recent([])
        if w.search_box.text():
            w.search_box.clear()  # searches through textChanged
        else:
            w.request_search()
        self.timer.start()
        self.undo_available.emit(True)

    def undo(self) -> bool:
        """Put the last visitor back (False when there is nothing to put back any more)."""
        state, self._saved = self._saved, None
        self.timer.stop()
        self.undo_available.emit(False)
        if state is None:
            return False
        w = self.window
        for measure in state.handout:
            w.handout.add(measure, state.reasons.get(measure["id"]), (state.verdicts.get(measure["id"]) or {}).get("status"),
                          (state.verdicts.get(measure["id"]) or {}).get("missing"))
        w.handout.answers[:] = state.answers
        w.handout.visitor = state.visitor
        w.handout.changed.emit()  # the panel's 访客 field shows it again
        for text in reversed(state.recent):
            w.settings.add_recent_search(text)
        w.search_box.set_recent(w.settings.recent_searches)
        w.settings.include_municipal = state.filters.include_municipal
        w.facets.set_filters(state.filters)
        if state.profile is not None and w.wizard is not None:
            w.wizard.set_profile(state.profile)
        w.search_box.blockSignals(True)
        w.search_box.setText(state.query)
        w.search_box.blockSignals(False)
        w.request_search()
        if state.shown_id:
            w.open_measure(state.shown_id)
        w.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def forget(self) -> None:
        """The minute is over: the last visitor's state goes."""
        self._saved = None
        self.undo_available.emit(False)
