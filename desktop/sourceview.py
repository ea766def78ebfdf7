"""查看原文: the source document's text as collected, with this measure's first sentence marked and
scrolled to. Plain text widget, so nothing in the document can act as markup. Main thread; reading,
decoding and locating run on a TaskRunner worker (`load_source`) and a large text fills the widget in
chunks, one per event-loop turn, so a multi-MB source never freezes the window."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from desktop.geometry import fit
from desktop.present import HIGHLIGHT, source_path
from desktop.tasks import TaskRunner
from index.errors import PolicyDataError
from index.source.sentences import split_sentences
from index.source.readers import read_source as read_document_text

_SPACE = re.compile(r"\s+")
# Characters put into the widget per event-loop turn: setPlainText of 8 MB blocks for most of a second;
# 64 K characters take some 30 ms, so the window stays responsive while a large source fills in.
CHUNK = 65_536


def first_sentence(text: str) -> str:
    sentences = split_sentences(text)
    return sentences[0] if sentences else ""


def locate(source: str, sentence: str) -> tuple[int, int] | None:
    """Where `sentence` (or, failing that, its longest findable prefix) sits in `source`, as a span.
    Source files wrap lines and carry stray spaces (copied from PDFs), so whitespace may come between
    any two characters. A regular expression does this in C: copying an 8 MB source character by
    character into lists held the worker (and, through the GIL, the window) for a quarter second."""
    if not sentence:
        return None
    wanted = _SPACE.sub("", sentence)
    for length in (len(wanted), 40, 24, 14, 8):
        probe = wanted[:length]
        if len(probe) < min(8, len(wanted)):
            break
        found = re.search(r"\s*".join(map(re.escape, probe)), source)
        if found:
            return found.span()
    return None


def _utf16(text: str, index: int) -> int:
    """Qt positions count UTF-16 units: a character outside the BMP is two."""
    return len(text[:index].encode("utf-16-le")) // 2


@dataclass(frozen=True)
class SourceText:
    text: str
    span: tuple[int, int] | None  # the measure's first sentence, in Python string positions
    qt_span: tuple[int, int] | None  # the same in Qt's UTF-16 positions


def load_source(path: Path, measure_text: str) -> SourceText:
    """Worker thread: plain data in and out (a multi-MB file takes a while to decode and search)."""
    text = read_document_text(path).text  # a .docx or .pdf shows as the text that was parsed
    span = locate(text, first_sentence(measure_text))
    qt_span = (_utf16(text, span[0]), _utf16(text, span[1])) if span else None
    return SourceText(text, span, qt_span)


class SourceDialog(QDialog):
    source_loaded = Signal()  # the text is shown (and marked, when the measure was found in it)

    def __init__(self, measure: dict, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        doc = measure["document"]
        self.setWindowTitle(self.tr("原文：{0}").format(doc.get("title") or doc.get("id")))
        fit(self, QSize(760, 640))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.info = QLabel(self)
        self.info.setTextFormat(Qt.TextFormat.PlainText)  # file names and error messages, never markup
        self.info.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.span: tuple[int, int] | None = None
        self._found_shown = False  # the info line says where the measure is (or that it was not found)
        self._measure = measure
        self._source: SourceText | None = None
        self._shown = 0  # characters of a large source put into the widget so far
        self._end: QTextCursor | None = None
        self._path: Path | None = source_path(measure["document"].get("source_file"))
        if self._path is None:
            self.info.setText(self.tr("这份文件没有登记原文文件。"))
            return
        self.info.setText(self.tr("正在读取原文…"))
        path, text = self._path, measure.get("text", "")
        runner.run(lambda: load_source(path, text), self._on_read, self._on_read_failed, name=self.tr("读取原文"))

    def _alive(self) -> bool:
        return shiboken6.isValid(self)  # closed (and deleted) before the file was read: nothing to show

    def _on_read_failed(self, exc: BaseException) -> None:
        if not self._alive():
            return
        self.info.setText(str(exc) if isinstance(exc, PolicyDataError) else self.tr(
            "读取原文出错，已记入日志。请重试；如反复出现，请在“帮助→查看日志”中把日志交给技术人员。"))

    def _on_read(self, source: SourceText) -> None:
        if not self._alive():
            return
        self._source = source
        self.text.setUndoRedoEnabled(False)  # the text is read-only; undo would keep a second copy of it
        if len(source.text) <= CHUNK:
            self.text.setPlainText(source.text)
            self._finish()
            return
        self._end = QTextCursor(self.text.document())
        self._append_next()

    def _append_next(self) -> None:
        """One chunk of a large source per event-loop turn; the measure is marked as soon as it is in."""
        if not self._alive():
            return
        source = self._source
        self._end.movePosition(QTextCursor.MoveOperation.End)
        self._end.insertText(source.text[self._shown:self._shown + CHUNK])
        self._shown += CHUNK
        if self._shown < len(source.text):
            if not self._found_shown and source.span is not None and self._shown >= source.span[1]:
                self._show_found()
            QTimer.singleShot(0, self, self._append_next)
            return
        self._finish()

    def _finish(self) -> None:
        if not self._found_shown:
            self._show_found()
        self.source_loaded.emit()

    def _show_found(self) -> None:
        source = self._source
        number, name = self._measure["number"], self._path.name
        self._found_shown = True
        self.span = source.span
        if source.qt_span is None:
            self.info.setText(self.tr("原文中没有找到本条（第{0}条）的开头，请人工查找。文件：{1}").format(number, name))
        else:
            self.info.setText(self.tr("黄色标出的是本条（第{0}条）的开头。文件：{1}").format(number, name))
            self._mark(*source.qt_span)

    def _mark(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        marked = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(HIGHLIGHT))
        marked.format = fmt
        marked.cursor = cursor
        self.text.setExtraSelections([marked])
        place = QTextCursor(self.text.document())
        place.setPosition(start)
        self.text.setTextCursor(place)
        self.text.centerCursor()

    def showEvent(self, event) -> None:  # the viewport has its real size only now
        super().showEvent(event)
        self.text.centerCursor()
