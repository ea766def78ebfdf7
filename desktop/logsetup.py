"""Logging for the window: index/logs.py's log file and exception hooks, plus Qt's own messages, and a
short Chinese message for the clerk when an exception escapes a slot (its traceback goes to the log
only). Set up once, from desktop/app.py run() and the self-test. Main thread."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desktop.dialogs import Prompter
from index.logs import LogSetup, setup_logging

qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}



def _on_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's qWarning() & co. (any thread): into the log instead of a console the clerk never sees."""
    category = getattr(context, "category", None)
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", f"[{category}] " if category and category != "default" else "",
               message)


class DesktopLogging(QObject):
    """Owns the set-up; `close()` undoes it (tests)."""

    error_caught = Signal(str)  # "Type: message" of an uncaught exception, emitted from any thread

    def __init__(self, prompter: Prompter, folder: Path | None = None):
        super().__init__()
        self.prompter = prompter
        self.telling = False  # a message is on screen: further errors are only logged (no cascade of boxes)
        self.errors = 0  # uncaught exceptions so far (the self-test fails on any)
        # queued even on the main thread: the message box does not open inside the hook (or a paint event)
        self.error_caught.connect(self._on_error_caught, Qt.ConnectionType.QueuedConnection)
        self.setup: LogSetup = setup_logging(folder, self.error_caught.emit)
        self._previous_qt_handler = qInstallMessageHandler(_on_qt_message)

    @property
    def file(self) -> Path | None:
        return self.setup.file

    @property
    def folder(self) -> Path | None:
        return self.setup.folder

    def _on_error_caught(self, _summary: str) -> None:
        self.errors += 1
        if self.telling:
            return
        self.telling = True
        try:
            self.prompter.warn(QApplication.activeWindow(), self.tr("程序出错"), self.tr(
                "刚才的操作没有完成：程序内部出错，已记入日志。\n"
                "可以继续使用；如反复出现，请在“帮助→查看日志”中把日志交给技术人员。"))
        finally:
            self.telling = False

    def close(self) -> None:
        qInstallMessageHandler(self._previous_qt_handler)
        self.setup.close()


def install(prompter: Prompter, folder: Path | None = None) -> DesktopLogging:
    """Start logging (to folder, default the app-data folder's logs/); never raises."""
    return DesktopLogging(prompter, folder)
