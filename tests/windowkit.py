"""Driving the main window as a clerk would (helpers; the `window` fixture is in conftest.py)."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.app import create_window
from desktop.dialogs import RecordingPrompter
from desktop.settings import Settings
from desktop.userdata import UserData

TODAY = date(2026, 1, 5)  # every 2022 deadline is past


def type_chinese(widget, text: str) -> None:
    """What an IME does on commit (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def make_window(qtbot, data_dir: Path, home: Path, prompter: RecordingPrompter | None = None, log_file: Path | None = None):
    prompter = prompter or RecordingPrompter(answer=True)
    window = create_window(data_dir, Settings.at(home / "settings.ini"), UserData.in_folder(home), prompter, TODAY,
                           log_file=log_file)
    qtbot.addWidget(window)
    window.prompter_ref = prompter
    window.show()
    window.start()
    return window


def activate(qtbot, window) -> None:
    """Make `window` itself the focus window, as a clerk's click on it does. qtbot.waitActive is not
    enough: QWindow.isActive() is already true while a transient child of it (the search box's
    suggestion popup, a dialog just hidden) is still the focus window, and window shortcuts (Alt+1…)
    go to the focus window. Offscreen, the platform moves the focus window asynchronously: a popup or
    dialog shown asks to become the focus window by an event queued then, which lands whenever events
    are next processed, even after the popup is hidden again. Waiting only while `window` is not yet
    the focus window left such an event queued when it already was: it landed after this returned, in
    the middle of the keys (the search box's suggestions, shown by the typing before: the focus went
    to the search box, their focus proxy). So the queue is emptied first."""
    QApplication.processEvents()  # first what is already queued (see below)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle() and window.isActiveWindow())


def click(qtbot, checkbox) -> None:
    """On the box itself: a QCheckBox ignores clicks on the empty space right of its label."""
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=QPoint(8, checkbox.height() // 2))


def settle(qtbot, window, timeout: int = 15000) -> None:
    """The data open, the first search shown, and the pinyin respelling prepared (a thread of the engine's
    that takes the GIL for a while: offscreen focus moves asynchronously, so a key test meanwhile may
    find the focus window not yet moved)."""
    qtbot.waitUntil(lambda: window.engine is not None and window.last_result is not None and window.service.idle
                    and window.engine.respelling_ready, timeout=timeout)


def search(qtbot, window, text: str) -> None:
    type_chinese(window.search_box, text)
    qtbot.waitUntil(lambda: window.last_result["query"] == text and window.service.idle and
                    window.last_result["query"] == window.search_box.text())


@contextmanager
def late_searches(window) -> Iterator[threading.Event]:
    """Searches started meanwhile wait in the background until the gate yielded is set: their results
    come back exactly when a test says (after the keys or clicks it wants them to follow). Set on leaving."""
    gate = threading.Event()
    engine = window.engine
    rank = engine.rank

    def held(*args, **kwargs):  # worker thread
        gate.wait(60)
        return rank(*args, **kwargs)

    engine.rank = held
    try:
        yield gate
    finally:
        gate.set()
        del engine.rank
