"""The seam through which the window asks the clerk something or tells them something modal.
Tests replace it with a recorder that answers at once. Main thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def documents_dir() -> Path:
    """Where file dialogs start: the user's Documents folder (文档, My Documents), home when it is missing."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


class Prompter:
    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def save_path(self, parent: QWidget | None, title: str, suggested: Path, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
        return Path(name) if name else None

    def choose_file(self, parent: QWidget | None, title: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(documents_dir()), pattern)
        return Path(name) if name else None

    def run(self, dialog) -> int:
        """Show a dialog modally (print preview, print setup); tests record instead."""
        return dialog.exec()

    def open_path(self, path: Path) -> bool:
        """Open a folder (or file) in the system's own program; False when none would. Tests record."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class RecordingPrompter(Prompter):
    """Answers every question with `answer` and remembers what was asked (tests, self-test)."""

    def __init__(self, answer: bool = True, save_to: Path | None = None):
        self.answer = answer
        self.save_to = save_to
        self.messages: list[tuple[str, str, str]] = []
        self.dialogs: list[object] = []
        self.opened: list[Path] = []
        self.can_open = True  # what open_path answers
        self.choose: Path | None = None  # what choose_file answers (None: the clerk cancelled)

    def inform(self, parent, title, text) -> None:
        self.messages.append(("inform", title, text))

    def warn(self, parent, title, text) -> None:
        self.messages.append(("warn", title, text))

    def confirm(self, parent, title, text) -> bool:
        self.messages.append(("confirm", title, text))
        return self.answer

    def save_path(self, parent, title, suggested, pattern):
        self.messages.append(("save", title, str(suggested)))
        return self.save_to

    def choose_file(self, parent, title, pattern):
        self.messages.append(("open", title, pattern))
        return self.choose

    def run(self, dialog) -> int:
        self.dialogs.append(dialog)
        return 0

    def open_path(self, path) -> bool:
        self.opened.append(Path(path))
        return self.can_open
