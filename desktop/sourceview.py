"""查看原文: the source document's text as collected, with this measure's first sentence marked and
scrolled to. Plain text widget, so nothing in the document can act as markup. Main thread."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from desktop.present import HIGHLIGHT, source_path
from index.errors import PolicyDataError
from index.sentences import split_sentences
from index.readers import read_source

_SPACE = re.compile(r"\s+")


def first_sentence(text: str) -> str:
    sentences = split_sentences(text)
    return sentences[0] if sentences else ""


def locate(source: str, sentence: str) -> tuple[int, int] | None:
    """Where `sentence` (or, failing that, its longest findable prefix) sits in `source`, as a span.
    Source files wrap lines and carry stray spaces (copied from PDFs), so whitespace is skipped."""
    if not sentence:
        return None
    squeezed, positions = [], []
    for i, ch in enumerate(source):
        if not ch.isspace():
            squeezed.append(ch)
            positions.append(i)
    flat = "".join(squeezed)
    wanted = _SPACE.sub("", sentence)
    for length in (len(wanted), 40, 24, 14, 8):
        probe = wanted[:length]
        if len(probe) < min(8, len(wanted)):
            break
        at = flat.find(probe)
        if at >= 0:
            return positions[at], positions[at + len(probe) - 1] + 1
    return None


def _utf16(text: str, index: int) -> int:
    """Qt positions count UTF-16 units: a character outside the BMP is two."""
    return len(text[:index].encode("utf-16-le")) // 2


class SourceDialog(QDialog):
    def __init__(self, measure: dict, parent: QWidget | None = None):
        super().__init__(parent)
        doc = measure["document"]
        self.setWindowTitle(self.tr("原文：{0}").format(doc.get("title") or doc.get("id")))
        self.resize(760, 640)
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
        self._load(measure)

    def _load(self, measure: dict) -> None:
        path: Path | None = source_path(measure["document"].get("source_file"))
        if path is None:
            self.info.setText(self.tr("这份文件没有登记原文文件。"))
            return
        try:
            source = read_source(path).text  # a .docx or .pdf shows as the text that was parsed
        except PolicyDataError as exc:
            self.info.setText(str(exc))
            return
        self.text.setPlainText(source)
        self.span = locate(source, first_sentence(measure.get("text", "")))
        if self.span is None:
            self.info.setText(self.tr("原文中没有找到本条（第{0}条）的开头，请人工查找。文件：{1}").format(measure["number"], path.name))
            return
        self.info.setText(self.tr("黄色标出的是本条（第{0}条）的开头。文件：{1}").format(measure["number"], path.name))
        start, end = (_utf16(source, i) for i in self.span)
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
