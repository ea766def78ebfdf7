"""Paints one search result: district badge, document + 第N条, status and flag badges, subsection,
and the snippet with hits highlighted. Main thread (Qt paints there).

Rows have one height (uniform item sizes), so the list lays out hundreds of hits without measuring
each rich-text snippet; the snippet is clipped to SNIPPET_LINES lines, as tall as the text layout
makes them (a CJK fallback font's lines are taller than the base font's line spacing: measured, not
assumed). The first hit of each part of a question of several carries the part's header above it.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QFontMetrics, QPainter, QPalette, QTextCharFormat,
                           QTextCursor, QTextDocument)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.present import (DISTRICT_COLOURS, FLAG_COLOURS, MUNICIPAL_COLOURS, NOTE_COLOURS, SHOWN_FLAGS, STATUS_COLOURS,
                             marks_to_html)
from desktop.resultsmodel import (DistrictRole, FlagsRole, GroupRole, MissingRole, SnippetRole, SourceRole, StatusRole,
                                  SubsectionRole)
from index.facts.deadlines import UNKNOWN
from index.vocab import MUNICIPAL

PAD = 8
GAP = 3
SNIPPET_LINES = 3
SELECTED = QColor("#cfe3ff")
SEPARATOR = QColor("#e3e3e3")
MUTED = QColor("#555555")
GONE = QColor("#999999")  # a favourite whose measure the data no longer has
GONE_COLOURS = ("#eeeeee", "#777777")
HEADER_BACKGROUND = QColor("#eef2f7")  # above the first hit of each part of a question of several
HEADER_TEXT = QColor("#1d3f6e")


class ResultDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(0)
        self._snippet_heights: dict[str, int] = {}

    def snippet_height(self, font: QFont) -> int:
        """The height of SNIPPET_LINES lines of snippet text (Chinese, Latin, digits, a hit marked) as
        the text layout sets them in `font`: what the snippet is clipped to and the row makes room for."""
        key = font.key()
        height = self._snippet_heights.get(key)
        if height is None:
            probe = QTextDocument()
            probe.setDocumentMargin(0)
            probe.setDefaultFont(font)
            probe.setHtml("<br>".join([marks_to_html("国Ag1%…<mark>国</mark>")] * SNIPPET_LINES))
            height = max(QFontMetrics(font).lineSpacing() * SNIPPET_LINES, math.ceil(probe.size().height()))
            self._snippet_heights[key] = height
        return height

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base, bold, small = self._fonts(option)
        line = QFontMetrics(base).lineSpacing()
        badge = QFontMetrics(small).height() + 4
        height = PAD + max(line, badge) + GAP + QFontMetrics(bold).lineSpacing() + GAP + self.snippet_height(base) + PAD
        if index.data(GroupRole):
            height += self._header_height(bold)
        return QSize(320, height)

    @staticmethod
    def _header_height(bold: QFont) -> int:
        return QFontMetrics(bold).lineSpacing() + 2 * GAP + 2

    def _paint_header(self, painter: QPainter, bold: QFont, rect, text: str) -> int:
        """The header of a question part above its first hit; returns its height."""
        height = self._header_height(bold)
        band = QRectF(rect.left(), rect.top(), rect.width(), height)
        painter.fillRect(band, HEADER_BACKGROUND)
        painter.setFont(bold)
        painter.setPen(HEADER_TEXT)
        shown = QFontMetrics(bold).elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.width() - 2 * PAD))
        painter.drawText(band.adjusted(PAD, 0, -PAD, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
        return height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        try:
            self._paint(painter, option, index)
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        base, bold, small = self._fonts(option)
        rect = option.rect
        header = index.data(GroupRole)
        if header:
            rect = rect.adjusted(0, self._paint_header(painter, bold, rect, header), 0, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, SELECTED if selected else option.palette.color(QPalette.ColorRole.Base))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QColor("#3d7be0"))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(SEPARATOR)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        gone = bool(index.data(MissingRole))
        text_colour = GONE if gone else QColor("#1a1a1a")

        left, right = rect.left() + PAD, rect.right() - PAD
        top = rect.top() + PAD
        line = QFontMetrics(base).lineSpacing()
        badge_h = QFontMetrics(small).height() + 4
        row1 = max(line, badge_h)

        # line 1: district badge, then source; status and flag badges from the right
        district = index.data(DistrictRole) or ""
        x = left + self._badge(painter, small, district, left, top, row1,
                               MUNICIPAL_COLOURS if district == MUNICIPAL else DISTRICT_COLOURS) + 6
        status = index.data(StatusRole) or ""
        r = right - self._badge_width(small, status)
        self._badge(painter, small, status, r, top, row1,
                    GONE_COLOURS if gone else STATUS_COLOURS.get(status, STATUS_COLOURS[UNKNOWN]))
        for flag in reversed(index.data(FlagsRole) or []):
            r -= self._badge_width(small, flag) + 4
            self._badge(painter, small, flag, r, top, row1, FLAG_COLOURS if flag in SHOWN_FLAGS else NOTE_COLOURS)
        painter.setFont(base)
        painter.setPen(GONE if gone else MUTED)
        source = source_text(QFontMetrics(base), index.data(SourceRole) or "", max(0, r - 6 - x))
        painter.drawText(QRectF(x, top, max(0, r - 6 - x), row1), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, source)

        # line 2: subsection
        top += row1 + GAP
        painter.setFont(bold)
        painter.setPen(text_colour)
        sub_h = QFontMetrics(bold).lineSpacing()
        subsection = QFontMetrics(bold).elidedText(index.data(SubsectionRole) or "", Qt.TextElideMode.ElideRight, right - left)
        painter.drawText(QRectF(left, top, right - left, sub_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, subsection)

        # lines 3…: the snippet (escaped by index.snippets; we only turn <mark> into a span)
        top += sub_h + GAP
        self._doc.setDefaultFont(base)
        self._doc.setTextWidth(right - left)
        self._doc.setHtml(marks_to_html(index.data(SnippetRole) or ""))
        clip = QRectF(0, 0, right - left, self.snippet_height(base))
        self._elide(clip, QFontMetrics(base).horizontalAdvance("…"))
        painter.translate(left, top)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour)
        context.clip = clip
        self._doc.documentLayout().draw(painter, context)

    def _elide(self, clip: QRectF, ellipsis: int) -> None:
        """A snippet longer than the lines it has is cut where the last line ends, with "…" (it was
        cut off mid-line by the clip, so nothing showed that the text goes on)."""
        doc = self._doc
        if doc.size().height() <= clip.height() + 1:
            return
        at = doc.documentLayout().hitTest(QPointF(clip.width() - ellipsis - 2, clip.height() - 2),
                                          Qt.HitTestAccuracy.FuzzyHit)
        if at <= 0:
            return
        cursor = QTextCursor(doc)
        cursor.setPosition(at)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        # the snippet's own "…" (index.snippets cut it there) just before the cut is not said twice
        while cursor.position() > 0 and doc.characterAt(cursor.position() - 1) == "…":
            cursor.deletePreviousChar()
        cursor.insertText("…", QTextCharFormat())  # plain, not in a hit's highlight

    @staticmethod
    def _badge_width(font: QFont, text: str) -> int:
        return QFontMetrics(font).horizontalAdvance(text) + 10 if text else 0

    def _badge(self, painter: QPainter, font: QFont, text: str, x: float, top: float, row: float,
               colours: tuple[str, str]) -> int:
        if not text:
            return 0
        width = self._badge_width(font, text)
        height = QFontMetrics(font).height() + 4
        box = QRectF(x, top + (row - height) / 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours[0]))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor(colours[1]))
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return width


def source_text(metrics: QFontMetrics, source: str, width: int) -> str:
    """The card's "document title　第N条" in `width`: the title is cut, never the 第N条 after it (with
    three badges the line is short, and which clause it is matters more than the title's end)."""
    if metrics.horizontalAdvance(source) <= width or "　" not in source:
        return metrics.elidedText(source, Qt.TextElideMode.ElideRight, width)
    title, clause = source.rsplit("　", 1)
    room = width - metrics.horizontalAdvance("　" + clause)
    if room < metrics.horizontalAdvance("国国…"):
        return metrics.elidedText(clause, Qt.TextElideMode.ElideRight, width)
    return metrics.elidedText(title, Qt.TextElideMode.ElideRight, room) + "　" + clause
