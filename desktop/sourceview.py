"""查看原文: the source document's text as collected, with every sentence of this measure marked and
the window scrolled to its place (its first sentence; for a measure whose text the source lost, the
responsible units it left behind), and a find box. Plain text widget, so nothing in the document can
act as markup. Main thread; reading, decoding and locating run on a TaskRunner worker (`load_source`)
and a large text fills the widget in chunks, one per event-loop turn, so a multi-MB source never
freezes the window."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QTextEdit, QVBoxLayout, QWidget)

from desktop.geometry import fit
from desktop.present import HIGHLIGHT, source_path
from desktop.tasks import TaskRunner
from index.errors import PolicyDataError
from index.source.sentences import split_sentences
from index.source.readers import read_source as read_document_text
from index.vocab import FLAG_REASSEMBLED, FLAG_TEXT_MISSING

_SPACE = re.compile(r"\s+")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
# Characters put into the widget per event-loop turn: setPlainText of 8 MB blocks for most of a second;
# 64 K characters take some 30 ms, so the window stays responsive while a large source fills in.
CHUNK = 65_536
FOUND = "#ff9a3c"  # the find box's current hit: darker than the measure's yellow, so both show
FIND_LIMIT = 9_999  # hits counted for the find box ("共9999处以上" beyond): a one-character query in 8 MB


def _spaced(probe: str) -> re.Pattern:
    return re.compile(r"\s*".join(map(re.escape, probe)))


def locate(source: str, sentence: str, start: int = 0) -> tuple[int, int] | None:
    """Where `sentence` (or, failing that, its longest findable prefix, stretched to its tail when the
    tail follows close by) sits in `source` at or after `start`, as a span. Source files wrap lines and
    carry stray spaces (copied from PDFs), so whitespace may come between any two characters. A plain
    find first, then a regular expression, both in C: copying an 8 MB source character by character
    into lists held the worker (and, through the GIL, the window) for a quarter second."""
    wanted = _SPACE.sub("", sentence or "")
    if not wanted:
        return None
    at = source.find(wanted, start)
    if at >= 0:
        return at, at + len(wanted)
    tried = ""
    for length in (len(wanted), 40, 24, 14, 8):
        probe = wanted[:length]
        if len(probe) < min(8, len(wanted)) or probe == tried:
            continue
        tried = probe
        found = _spaced(probe).search(source, start)
        if not found:
            continue
        begin, end = found.span()
        rest = len(wanted) - len(probe)
        if rest:  # the sentence's end, when it stands within the sentence's reach (a changed character between)
            tail = _spaced(wanted[-min(rest, 14):]).search(source, end, end + 3 * len(wanted))
            if tail:
                end = tail.end()
        return begin, end
    return None


def measure_pieces(measure: dict) -> tuple[str, list[str]]:
    """What of a measure can be looked for in its source: its sentences, or, when the source lost its
    text (原文缺失), the responsible units it left behind. ("sentences" | "units" | "none", pieces)."""
    sentences = split_sentences(measure.get("text") or "")
    if sentences:
        return "sentences", sentences
    if measure.get("units_text"):
        return "units", [measure["units_text"]]
    return "none", []


def locate_units(source: str, units: str, number: int) -> tuple[int, int] | None:
    """Where a measure whose text the source lost left its responsible units: "（责任单位：…）" holding
    exactly them. The same units can close several measures ("区商务局"), so among their places the one
    followed closest by the next measure's number ("47.") is this measure's."""
    wanted = _SPACE.sub("", units or "")
    if not wanted:
        return None
    pattern = re.compile(r"[：:]\s*(" + r"\s*".join(map(re.escape, wanted)) + r")\s*[）)]")
    places = [found.span(1) for found in pattern.finditer(source)]
    if not places:
        return locate(source, units)
    following = [found.start() for found in re.finditer(rf"(?<!\d){number + 1}\s*[.．、](?!\d)", source)]

    def gap(span: tuple[int, int]) -> int:
        at = bisect_left(following, span[1])
        return following[at] - span[1] if at < len(following) else len(source)

    return min(places, key=gap)  # ties (no next number anywhere): the first


def find_all(source: str, query: str, limit: int = FIND_LIMIT) -> list[tuple[int, int]]:
    """The find box: every place `query` stands in `source`, whitespace allowed between its characters
    (wrapped lines), at most `limit` + 1 of them."""
    wanted = _SPACE.sub("", query)
    if not wanted:
        return []
    hits = []
    for found in _spaced(wanted).finditer(source):
        hits.append(found.span())
        if len(hits) > limit:
            break
    return hits


@dataclass(frozen=True)
class SourceText:
    text: str
    kind: str  # what was looked for: "sentences", "units" (原文缺失) or "none"
    wanted: int  # how many pieces were looked for
    spans: tuple[tuple[int, int], ...]  # the pieces found, in the measure's order (Python string positions)
    place: tuple[int, int] | None  # where the window opens: the first piece found
    astral: tuple[int, ...] = ()  # positions of characters outside the BMP (two UTF-16 units in Qt)

    def qt(self, index: int) -> int:
        """Qt positions count UTF-16 units: a character outside the BMP is two."""
        return index + bisect_left(self.astral, index)

    def qt_span(self, span: tuple[int, int]) -> tuple[int, int]:
        return self.qt(span[0]), self.qt(span[1])


def load_source(path: Path, measure: dict) -> SourceText:
    """Worker thread: plain data in and out (a multi-MB file takes a while to decode and search).
    A measure that stands in the source as one run is looked for sentence after sentence; a reassembled
    one (文本重组) has its sentences scattered, so each is looked for anywhere when not right after."""
    text = read_document_text(path).text  # a .docx or .pdf shows as the text that was parsed
    kind, pieces = measure_pieces(measure)
    spans, after = [], 0
    if kind == "units":
        pieces = []
        span = locate_units(text, measure["units_text"], int(measure.get("number") or 0))
        spans = [span] if span else []
    for piece in pieces:
        span = locate(text, piece, after) or (locate(text, piece) if after else None)
        if span is not None:
            spans.append(span)
            after = span[1]
    astral = tuple(m.start() for m in _ASTRAL.finditer(text))
    return SourceText(text, kind, len(pieces) or len(spans) or int(kind == "units"), tuple(spans), spans[0] if spans else None, astral)


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
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("在原文中查找（Ctrl+F；Enter 或 F3 下一处，Shift+F3 上一处）"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setEnabled(False)  # until the whole text is in the widget
        self.find_count = QLabel(self)
        self.previous_button = QPushButton(self.tr("上一处"), self)
        self.next_button = QPushButton(self.tr("下一处"), self)
        self.previous_button.setToolTip(self.tr("上一处（Shift+F3）；查找框空着时：本条的上一句"))
        self.next_button.setToolTip(self.tr("下一处（F3）；查找框空着时：本条的下一句"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter in the find box means "next", never "close": no button of this dialog is a default one
        for button in (self.previous_button, self.next_button, buttons.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)
            button.setDefault(False)
        finder = QHBoxLayout()
        finder.addWidget(self.find_box, 1)
        finder.addWidget(self.find_count)
        finder.addWidget(self.previous_button)
        finder.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(finder)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.find_box.textChanged.connect(self._on_find_changed)
        self.find_box.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_find)
        QShortcut(QKeySequence("F3"), self, self.find_next)
        QShortcut(QKeySequence("Shift+F3"), self, self.find_previous)
        self._set_find_enabled(False)

        self.span: tuple[int, int] | None = None  # the measure's place (Qt positions)
        self.spans: tuple[tuple[int, int], ...] = ()  # every piece of the measure marked (Qt positions)
        self.hits: list[tuple[int, int]] = []  # the find box's hits (Python positions)
        self.hit = -1  # the current one
        self.sentence = 0  # the measure's sentence 下一处 went to when nothing is typed in the find box
        self._more_hits = False  # more than FIND_LIMIT hits (only the first are counted)
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
        path, wanted = self._path, {k: measure.get(k) for k in ("text", "units_text", "number")}
        runner.run(lambda: load_source(path, wanted), self._on_read, self._on_read_failed, name=self.tr("读取原文"))

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
            self._shown = len(source.text)
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
        self._shown = min(len(source.text), self._shown + CHUNK)
        if self._shown < len(source.text):
            if not self._found_shown and source.place is not None and self._shown >= source.place[1]:
                self._show_found()
            QTimer.singleShot(0, self, self._append_next)
            return
        self._finish()

    def _finish(self) -> None:
        if not self._found_shown:
            self._show_found()
        else:
            self._apply_marks()  # the sentences further down arrived after the first was marked
        self._set_find_enabled(True)
        self.source_loaded.emit()

    def _show_found(self) -> None:
        source = self._source
        self._found_shown = True
        self.info.setText(self._found_words(source))
        if source.place is None:
            return
        self.span = source.qt_span(source.place)
        self._apply_marks()
        place = QTextCursor(self.text.document())
        place.setPosition(self.span[0])
        self._go_to(place)

    def _found_words(self, source: SourceText) -> str:
        number, name = self._measure["number"], self._path.name
        flags = self._measure.get("flags") or []
        found, wanted = len(source.spans), source.wanted
        if source.kind == "units":
            if found:
                return self.tr("收集到的原文缺少本条（第{0}条）的正文，只留下了责任单位（黄色标出），正文原应在它前面，"
                               "请查阅原件。文件：{1}").format(number, name)
            return self.tr("收集到的原文缺少本条（第{0}条）的正文，留下的责任单位在原文中也没有找到，"
                           "请用上面的查找框或查阅原件。文件：{1}").format(number, name)
        if source.kind == "none":
            missing = FLAG_TEXT_MISSING in flags
            return (self.tr("收集到的原文缺少本条（第{0}条）的正文，也没有留下可以定位的文字，请用上面的查找框或查阅原件。文件：{1}")
                    if missing else self.tr("本条（第{0}条）没有可在原文中定位的文字。文件：{1}")).format(number, name)
        if not found:
            return self.tr("原文中没有找到本条（第{0}条）的文字，请用上面的查找框人工查找。文件：{1}").format(number, name)
        scattered = self.tr("本条由乱序原文整理，各句分散在原文各处。") if FLAG_REASSEMBLED in flags else ""
        if found == wanted == 1:
            return scattered + self.tr("黄色标出的是本条（第{0}条）。文件：{1}").format(number, name)
        if found == wanted:
            return scattered + self.tr("黄色标出的是本条（第{0}条）的全部{1}句，窗口停在第一句。文件：{2}").format(
                number, wanted, name)
        return scattered + self.tr("黄色标出的是本条（第{0}条）在原文中找到的{1}句（共{2}句，其余请人工查找）。文件：{3}").format(
            number, found, wanted, name)

    def _apply_marks(self) -> None:
        """The measure's pieces (those already in the widget) in yellow, the find box's current hit over them."""
        source = self._source
        self.spans = tuple(source.qt_span(span) for span in source.spans if span[1] <= self._shown)
        marks = [self._selection(span, HIGHLIGHT) for span in self.spans]
        if 0 <= self.hit < len(self.hits):
            marks.append(self._selection(source.qt_span(self.hits[self.hit]), FOUND))
        self.text.setExtraSelections(marks)

    def _selection(self, span: tuple[int, int], colour: str) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        marked = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        marked.format = fmt
        marked.cursor = cursor
        return marked

    # -- the find box ---------------------------------------------------------------------------------
    def _set_find_enabled(self, enabled: bool) -> None:
        for widget in (self.find_box, self.previous_button, self.next_button):
            widget.setEnabled(enabled)

    def _focus_find(self) -> None:
        if self.find_box.isEnabled():
            self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.find_box.selectAll()

    def _on_find_changed(self, query: str) -> None:
        if self._source is None:
            return
        hits = find_all(self._source.text, query)
        self._more_hits = len(hits) > FIND_LIMIT
        self.hits = hits[:FIND_LIMIT]
        # the first hit at or after where the reader is (the measure's place when nothing was found yet)
        here = self.text.textCursor().selectionStart()
        self.hit = next((i for i, (start, _) in enumerate(self.hits) if self._source.qt(start) >= here), 0) if self.hits else -1
        self._show_hit()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, by: int) -> None:
        if not self.find_box.text().strip() and len(self.spans) > 1:
            self._step_sentence(by)  # nothing typed: 下一处 walks the measure's own (scattered) sentences
            return
        if not self.hits:
            return
        self.hit = (self.hit + by) % len(self.hits)
        self._show_hit()

    def _step_sentence(self, by: int) -> None:
        self.sentence = (self.sentence + by) % len(self.spans)
        self.find_count.setText(self.tr("本条第{0}句，共{1}句").format(self.sentence + 1, len(self.spans)))
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.spans[self.sentence][0])
        self._go_to(cursor)

    def _show_hit(self) -> None:
        query = self.find_box.text().strip()
        if not self.hits:
            self.find_count.setText(self.tr("没有找到") if query else "")
        else:
            total = len(self.hits)
            self.find_count.setText((self.tr("第{0}处，共{1}处以上") if self._more_hits else self.tr("第{0}处，共{1}处"))
                                    .format(self.hit + 1, total))
            start, end = self._source.qt_span(self.hits[self.hit])
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(start)
            self._go_to(cursor)
        self._apply_marks()

    def _go_to(self, cursor: QTextCursor) -> None:
        """Scroll `cursor` to the middle. A source is a few very long paragraphs: the first centring
        uses line heights of a paragraph not laid out yet and can miss, so it is done again once the
        event loop has laid it out."""
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        QTimer.singleShot(0, self, self.text.centerCursor)

    def showEvent(self, event) -> None:  # the viewport has its real size only now
        super().showEvent(event)
        self.text.centerCursor()
