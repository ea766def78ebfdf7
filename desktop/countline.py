"""The line above the results: how many measures the query found, or what to try when none. It
repeats what the clerk typed, so it is cut and wrapped: a 300-character paste must never make the
window wider than the screen. Main thread."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

QUERY_CHARS = 24  # the query as repeated here; the search box above shows it whole


def cut(text: str, limit: int = QUERY_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CountLine(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what the clerk typed
        self.setWordWrap(True)
        # its width comes from the layout, never from its text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)

    def show_result(self, result: dict, filtered: bool) -> None:
        total, shown = result["total"], len(result["hits"])
        text = cut(" ".join(result["query"].split()))
        if total == 0:
            hint = self.tr("没有找到“{0}”。试试少输几个字，或换个说法（如“房租”“社保”“贷款”）").format(text) if text \
                else self.tr("没有符合筛选条件的措施")
            if filtered:
                hint += self.tr("；也可以取消左侧的筛选。")
            self.setText(hint)
        elif not text:
            self.setText(self.tr("全部措施：{0}条。输入关键词开始查找。").format(total))
        else:
            self.setText(self.tr("“{0}”：找到{1}条措施").format(text, total)
                         + (self.tr("（显示前{0}条）").format(shown) if shown < total else ""))
