"""The result list as a model of measure ids; each row's display data is built when asked for.
A search's result brings the hits of its first rows; the rest of its list ("listed" rows) is fetched
as the list scrolls to them (canFetchMore / fetchMore, through the result's "more"). Main thread only."""
from __future__ import annotations

import html
import re
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.present import SHOWN_FLAGS, clause_label, flag_explanation, short_title, tooltip
from index.facts.deadlines import measure_status
from index.vocab import FLAG_TEXT_MISSING

IdRole = Qt.ItemDataRole.UserRole + 1
MeasureRole = Qt.ItemDataRole.UserRole + 2  # the hit dict (measure + score + snippet)
DistrictRole = Qt.ItemDataRole.UserRole + 3
SourceRole = Qt.ItemDataRole.UserRole + 4  # "short document title　第N条"
SubsectionRole = Qt.ItemDataRole.UserRole + 5
SnippetRole = Qt.ItemDataRole.UserRole + 6  # escaped text with <mark> hits (index.snippets)
StatusRole = Qt.ItemDataRole.UserRole + 7  # 有效 / 已过期 / 未注明期限 against today
FlagsRole = Qt.ItemDataRole.UserRole + 8  # the flags that earn a badge
MissingRole = Qt.ItemDataRole.UserRole + 9  # True for a favourite/history entry the data no longer has
GroupRole = Qt.ItemDataRole.UserRole + 10  # above the first hit of each part of a question of several: its header

_TAGS = re.compile(r"</?mark>")
FETCH_ROWS = 40  # hits built each time the list scrolls past those it has


def missing_hit(measure_id: str, label: str = "") -> dict:
    """The row of a favourite or history entry whose measure is not in the data now open."""
    return {"id": measure_id, "missing": True, "label": label or measure_id}


_Index = QModelIndex | QPersistentModelIndex


def part_headers(parts: list[dict], hits: list[dict]) -> dict[int, str]:
    """Row → header for the first hit of each part of a question of several (index.search: each hit's
    "part"); a part that found nothing gets no row, so it is said in the header of the next."""
    if len(parts) < 2:
        return {}
    out: dict[int, str] = {}
    empty: list[str] = []
    for row, hit in enumerate(hits):
        number = hit.get("part")
        if number is None or (row and hits[row - 1].get("part") == number):
            continue
        part = parts[number]
        before = "".join(f"问{parts.index(p) + 1}“{p['question']}”：没有找到。" for p in parts[:number]
                         if p["shown"] == 0 and p["question"] not in empty)
        empty += [p["question"] for p in parts[:number] if p["shown"] == 0]
        out[row] = before + f"问{number + 1}“{part['question']}”：{part['total']}条"
    return out


class ResultsModel(QAbstractListModel):
    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.today = today
        self._ids: list[str] = []
        self._hits: dict[str, dict] = {}
        self._headers: dict[int, str] = {}  # row → the header of the question part it begins
        self._parts: list[dict] = []
        self._more = None  # (start, stop) → the hits of those rows of the result's list
        self.listed = 0  # the rows the list can show: those fetched and those still to fetch
        self._listed_ids: list[str] = []  # their measure ids, in order (when the result says them)
        self.total = 0
        self.highlight: list[str] = []

    def set_result(self, result: dict | None) -> None:
        self.beginResetModel()
        try:
            hits = (result or {}).get("hits", [])
            self._ids = [h["id"] for h in hits]
            self._hits = {h["id"]: h for h in hits}
            self._more = (result or {}).get("more")
            self.listed = max(len(hits), (result or {}).get("listed", 0)) if self._more else len(hits)
            self._listed_ids = list((result or {}).get("listed_ids") or [])
            self.total = (result or {}).get("total", 0)
            self.highlight = list((result or {}).get("highlight", []))
            self._parts = (result or {}).get("parts") or []
            self._headers = part_headers(self._parts, hits)
        finally:
            self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._more is not None and len(self._ids) < self.listed

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        """The next FETCH_ROWS rows' hits, built now (the list scrolled to its end)."""
        if not self.canFetchMore(parent):
            return
        start = len(self._ids)
        hits = [h for h in self._more(start, min(self.listed, start + FETCH_ROWS)) if h["id"] not in self._hits]
        if not hits:  # the data was replaced meanwhile: this list ends here
            self._more, self.listed = None, start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(hits) - 1)
        self._ids += [h["id"] for h in hits]
        self._hits.update((h["id"], h) for h in hits)
        self._headers = part_headers(self._parts, [self._hits[i] for i in self._ids])
        self.endInsertRows()

    def reach(self, measure_id: str | None) -> int | None:
        """The row of `measure_id`, fetching the rows down to it when it is further down the list than
        those fetched (the measure open in the pane stays selected when a new search still lists it);
        None when the list does not hold it."""
        if measure_id in self._hits:
            return self._ids.index(measure_id)
        if measure_id is None or measure_id not in self._listed_ids:
            return None
        while measure_id not in self._hits and self.canFetchMore():
            self.fetchMore()
        return self._ids.index(measure_id) if measure_id in self._hits else None

    def fetch_all(self) -> None:
        """Fetch every row of the list (what a test or a printout of the whole list needs)."""
        while self.canFetchMore():
            self.fetchMore()

    def clear(self) -> None:
        self.set_result(None)

    def measure_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def hit(self, row: int) -> dict | None:
        measure_id = self.measure_id(row)
        return self._hits.get(measure_id) if measure_id else None

    def ids(self) -> list[str]:
        return list(self._ids)

    @property
    def grouped(self) -> bool:
        """The hits answer a question of several parts, a header above each part's first."""
        return bool(self._headers)

    def headers(self) -> dict[int, str]:
        return dict(self._headers)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        measure_id = self._ids[index.row()]
        hit = self._hits[measure_id]
        if role == IdRole:
            return measure_id
        if role == MissingRole:
            return bool(hit.get("missing"))
        if hit.get("missing"):
            return self._missing_data(hit, role)
        if role == GroupRole:
            return self._headers.get(index.row(), "")
        if role == MeasureRole:
            return hit
        if role == DistrictRole:
            return hit["district"]
        if role == SourceRole:
            return f"{short_title(hit['document'].get('title'))}　{clause_label(hit)}"
        if role == SubsectionRole:
            return hit.get("subsection") or hit.get("section") or ""
        if role == SnippetRole:
            # a hit found through another wording says which (按“巡游出租车”匹配), so no hit puzzles
            why = hit.get("why")
            return (f"（{html.escape(why, quote=False)}）" if why else "") + (hit.get("snippet") or self._no_text(hit))
        if role == StatusRole:
            return measure_status(hit, self.today)
        if role == FlagsRole:
            # 不限行业: shown under an industry filter the measure passes for being open to every industry
            return [f for f in hit.get("flags", []) if f in SHOWN_FLAGS] + ([hit["industry_note"]] if hit.get("industry_note") else [])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # plain text (screen readers, copy, tests); the delegate paints the rich version
            header = self._headers.get(index.row())
            return (f"{header}　" if header else "") + f"{hit['district']}　{short_title(hit['document'].get('title'))}　{clause_label(hit)}　" \
                   f"{html.unescape(_TAGS.sub('', hit.get('snippet', '')))}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(hit["document"].get("title"))
        return None

    def _no_text(self, hit: dict) -> str:
        """A measure whose text the source lost has no snippet: the row says so, and what is left."""
        if FLAG_TEXT_MISSING not in hit.get("flags", []):
            return ""
        units = hit.get("units_text")
        said = flag_explanation(FLAG_TEXT_MISSING) + (self.tr("。留下的责任单位：{0}").format(units) if units else "。")
        return html.escape(said, quote=False)

    def _missing_data(self, hit: dict, role: int):
        gone = self.tr("已不在当前数据中")
        if role == SourceRole:
            return hit["label"]
        if role == StatusRole:
            return gone
        if role == SnippetRole:
            return html.escape(self.tr("重建数据或换用新数据包后，当前数据里已没有这条措施；它仍留在收藏和浏览记录里。"),
                               quote=False)
        if role == FlagsRole:
            return []
        if role in (DistrictRole, SubsectionRole):
            return ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit['label']}　{gone}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("重建数据或换用新数据包后，这条措施已不在当前数据中；收藏和浏览记录仍保留它。")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#888888")
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = super().roleNames()
        names.update({IdRole: b"measureId", DistrictRole: b"district", SourceRole: b"source", SubsectionRole: b"subsection",
                      SnippetRole: b"snippet", StatusRole: b"status", FlagsRole: b"flags", MeasureRole: b"measure",
                      MissingRole: b"missing"})
        return names
