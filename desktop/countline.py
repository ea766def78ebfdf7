"""The line above the results: how many measures the query found, or what to try when none. It
repeats what the clerk typed, so it is cut and wrapped: a 300-character paste must never make the
window wider than the screen. Main thread."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
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
        total, shown = result["total"], result.get("listed", len(result["hits"]))  # listed: the rows the list can show
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


FILTER_NAMES = {"district": "地区", "industry": "行业", "benefit_type": "支持方式", "document": "文件", "unit": "责任单位",
                "valid_only": "只看有效"}


class HiddenLine(QLabel):
    """"N条被筛选条件隐藏" under the count, with one link that clears the filters hiding them."""

    show_hidden = Signal(list)  # the names of the filters to clear (index.search: result["hidden"]["filters"])

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)  # only our own words: no text of the clerk's goes in
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setStyleSheet("color:#7a5200;")
        self._filters: list[str] = []
        self.linkActivated.connect(lambda _link: self.show_hidden.emit(list(self._filters)))
        self.hide()

    @property
    def filters(self) -> list[str]:
        return list(self._filters)

    def show_result(self, result: dict) -> None:
        hidden = result.get("hidden") or {}
        count, self._filters = hidden.get("count", 0), list(hidden.get("filters") or [])
        if not count or not self._filters or not " ".join(result.get("query", "").split()):
            self.clear()
            self.hide()
            return
        names = "、".join(FILTER_NAMES.get(name, name) for name in self._filters)
        self.setText(self.tr("{0}条被筛选条件隐藏（{1}）　<a href=\"show\">显示它们</a>").format(count, names))
        self.setToolTip(self.tr("取消“{0}”的筛选，列出这些措施").format(names))
        self.show()


class DataNote(QLabel):
    """What the data covers, said once where the clerk looks: which districts have documents of their
    own, the newest document's date, how many measures are over; closed with 知道了."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)
        self.setStyleSheet("background:#fff4d6; color:#5a3d00; padding:4px; border-radius:3px;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(lambda _link: self.dismiss())
        self.dismissed = False
        self.hide()

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def show_summary(self, summary: dict) -> None:
        if self.dismissed:
            return
        self.setText(html.escape(summary_sentence(summary)) + "　<a href=\"ok\">" + self.tr("知道了") + "</a>")
        self.show()


def summary_sentence(summary: dict) -> str:
    """The data's coverage in one plain sentence (index.search.SearchEngine.summary)."""
    where = "、".join(summary.get("districts") or [])
    covers = "、".join(p for p in ("北京市（全市适用）" if summary.get("municipal") else "", where) if p)
    text = f"当前数据只有{covers or '（没有文件）'}的文件"
    if summary.get("districts"):
        text += "，其他区只有市级措施"
    if summary.get("newest_document"):
        text += f"；最新一份文件的日期是{summary['newest_document']}"
    total, expired, valid = summary.get("total", 0), summary.get("expired", 0), summary.get("valid", 0)
    text += f"。{total}条措施中{expired}条已过期"
    if valid:
        text += f"、{valid}条仍有效"
    if total - expired - valid:
        text += f"，{total - expired - valid}条未注明期限（请向责任单位确认是否仍在执行）"
    if expired:
        text += "；勾选左侧“只看有效”可隐去已过期的"
    return text + "。"
