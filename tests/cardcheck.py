"""Run in a child on a real X server (tests/test_window_cards.py): the main window at the screen's size,
a search, and what a clerk would see measured: the snippet's three lines against the room the card
gives them, the 第N条 of a card with three badges, the suggestion list against the 找到N条 line.
Prints one JSON line."""
from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.app import create_window, make_app
from desktop.dialogs import RecordingPrompter
from desktop.present import marks_to_html
from desktop.resultdelegate import PAD, source_text
from desktop.resultsmodel import SnippetRole, SourceRole
from desktop.settings import Settings
from desktop.userdata import UserData


def main(data: Path) -> dict:
    app = make_app(sys.argv[:1])
    home = Path(tempfile.mkdtemp(prefix="cardcheck-"))
    window = create_window(data, Settings.at(home / "s.ini"), UserData.in_folder(home), RecordingPrompter(answer=True),
                           date(2026, 1, 5))
    window.show()
    window.start()

    def wait(done, seconds: float = 60) -> None:
        end = time.monotonic() + seconds
        while not done():
            if time.monotonic() > end:
                raise SystemExit(json.dumps({"error": "timeout"}))
            app.processEvents()
            time.sleep(0.01)

    wait(lambda: window.engine is not None and window.service.idle and window.last_result is not None)
    window.search_box.setFocus()
    window.search_box.setText("社保")
    window.search_box.completer().complete()  # as typing shows it
    wait(lambda: window.service.idle and window.last_result["query"] == "社保")
    app.processEvents()
    popup = window.search_box.completer().popup()
    popup_rect = QRect(popup.mapToGlobal(popup.rect().topLeft()), popup.size()) if popup.isVisible() else QRect()
    count = window.count_label
    count_rect = QRect(count.mapToGlobal(count.rect().topLeft()), count.size())
    view, model = window.results_view, window.results_model
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    font = option.font
    probe = QTextDocument()
    probe.setDocumentMargin(0)
    probe.setDefaultFont(font)
    width = view.viewport().width() - 2 * PAD
    probe.setTextWidth(width)
    lines = []
    for row in range(min(model.rowCount(), 20)):
        probe.setHtml(marks_to_html(model.index(row).data(SnippetRole) or ""))
        probe.size()  # lays it out
        layout = probe.firstBlock().layout()
        if layout.lineCount() >= 3:
            lines.append(layout.lineAt(2).rect().bottom())
    metrics = QFontMetrics(font)
    source = model.index(0).data(SourceRole)
    report = {
        "snippet_room": delegate.snippet_height(font),
        "third_line_bottom": max(lines) if lines else 0,
        "source_kept": source_text(metrics, source, metrics.horizontalAdvance("国") * 8),
        "clause": source.rsplit("　", 1)[1],
        "popup_covers_count": popup_rect.intersects(count_rect),
        "popup_shown": popup.isVisible(),
        "suggestions_repeat_typed": "社保" in window.search_box.suggestions(),
    }
    window.close()
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1])), ensure_ascii=False))
