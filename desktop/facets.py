"""The facet panel: checkboxes with counts for the current results (counts come from the engine),
and the 含市级措施 and 只看有效 switches. Main thread.

Values are shown most frequent first, the first FEW per facet with a "更多" button for the others; a
ticked value keeps its place (it does not jump from under the mouse) and stays listed, with its count
(possibly 0), so it can be unticked.
"""
from __future__ import annotations

from collections import Counter
from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.keymap import chain
from desktop.present import tooltip
from index.search import FACETS, Filters, measure_facets

FEW = 8
LABEL_CHARS = 8  # longer labels (document titles, units) are cut; the tooltip has them whole


def list_facet_counts(measures: list[dict]) -> dict[str, dict[str, int]]:
    """Counts per facet value over a list the engine did not search (收藏夹, 浏览记录), most frequent first."""
    counts: dict[str, Counter] = {name: Counter() for name in FACETS}
    for measure in measures:
        for name, values in measure_facets(measure).items():
            counts[name].update(values)
    return {name: dict(counts[name].most_common()) for name in FACETS}


def in_kept_order(values: list[str], counts: dict[str, int], rank: dict[str, int]) -> list[str]:
    """The values in the order the panel first listed them (the engine's most-frequent-first order of
    the first search on this data: for the empty query, the whole data's), new ones after in the
    engine's order. Counts change from query to query, the places do not: a district never moves
    under the mouse (values that drop to no match are left out, the others keep their order)."""
    for value in sorted(values, key=lambda v: -counts.get(v, 0)):
        rank.setdefault(value, len(rank))
    return sorted(values, key=rank.__getitem__)


class FacetPanel(QScrollArea):
    filters_changed = Signal()  # the clerk ticked or unticked something

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._selected: dict[str, list[str]] = {name: [] for name in FACETS}
        self._counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
        self._expanded: set[str] = set()
        self._labels: dict[str, dict[str, str]] = {name: {} for name in FACETS}
        self._boxes: dict[tuple[str, str], QCheckBox] = {}
        self._shown: dict[str, list[str]] = {}  # the values each facet shows boxes for, in order
        self._more: dict[str, QPushButton] = {}

        inner = QWidget(self)
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self.municipal = QCheckBox(self.tr("含市级措施"), inner)
        self.municipal.setToolTip(self.tr("选了区时，也列出北京市（全市适用）的措施"))
        self.municipal.setChecked(True)
        self.municipal.toggled.connect(self._on_municipal_toggled)
        self._layout.addWidget(self.municipal)
        self.valid_only = QCheckBox(self.tr("只看有效"), inner)
        self.valid_only.setToolTip(self.tr("隐去已过期的措施（未注明期限的仍列出，请向责任单位确认是否仍在执行）"))
        self.valid_only.toggled.connect(self._on_municipal_toggled)
        self._layout.addWidget(self.valid_only)
        self._groups: dict[str, QGroupBox] = {}
        self._rank: dict[str, dict[str, int]] = {}  # facet → value → its place, kept across searches
        for name in FACETS:
            group = QGroupBox(self.facet_title(name), inner)
            QVBoxLayout(group).setContentsMargins(6, 4, 6, 4)
            self._groups[name] = group
            self._layout.addWidget(group)
        self._layout.addStretch(1)
        self.setWidget(inner)

    def minimumSizeHint(self) -> QSize:
        """Room for an 8-character label, its count and the box in the font in use now (asked at
        layout time: at construction the CJK fallback font is not yet known; 125–150 % scaling)."""
        return QSize(self.fontMetrics().horizontalAdvance("国") * 17, super().minimumSizeHint().height())

    def focus_group(self, name: str) -> None:
        """Alt+1/2/3: the group's first box gets the focus (the group itself when it has none)."""
        group = self._groups[name]
        boxes = [self._boxes[(name, v)] for v in self._shown.get(name, []) if (name, v) in self._boxes]
        target = boxes[0] if boxes else group
        self.ensureWidgetVisible(group)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tab_stops(self) -> list[QWidget]:
        """含市级措施, then each group's boxes in their order (boxes come and go with the counts)."""
        stops: list[QWidget] = [self.municipal]
        for name in FACETS:
            stops += [self._boxes[(name, v)] for v in self._shown.get(name, []) if (name, v) in self._boxes]
            if name in self._more:
                stops.append(self._more[name])
        return stops + [self.valid_only]  # last: the groups follow 含市级措施 directly, as the keyboard map says

    def facet_title(self, name: str) -> str:
        return {
            "district": self.tr("地区"),
            "industry": self.tr("行业"),
            "benefit_type": self.tr("支持方式"),
            "document": self.tr("文件"),
            "unit": self.tr("责任单位"),
        }[name]

    def new_data(self) -> None:
        """Other data opened: its first search sets the values' places afresh."""
        self._rank.clear()

    def set_labels(self, name: str, labels: dict[str, str]) -> None:
        """Human labels for machine values (document ids → short titles)."""
        self._labels[name] = dict(labels)

    # -- state -------------------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(**{name: list(values) for name, values in self._selected.items()},
                       include_municipal=self.municipal.isChecked(), valid_only=self.valid_only.isChecked())

    def set_filters(self, filters: Filters, *, notify: bool = False) -> None:
        self._selected = {name: list(getattr(filters, name)) for name in FACETS}
        for box, on in ((self.municipal, filters.include_municipal), (self.valid_only, filters.valid_only)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self._rebuild()
        if notify:
            self.filters_changed.emit()

    def set_counts(self, facets: dict[str, dict[str, int]]) -> None:
        self._counts = {name: dict(facets.get(name, {})) for name in FACETS}
        self._rebuild()

    def checkbox(self, name: str, value: str) -> QCheckBox | None:
        """The checkbox of one facet value (tests, keyboard users)."""
        return self._boxes.get((name, value))

    # -- building ----------------------------------------------------------------------------
    def _rebuild(self) -> None:
        for name in FACETS:
            self._fill(name)
        chain(*self.tab_stops())  # Tab walks the boxes as they are listed, most frequent first

    def _box_text(self, name: str, value: str) -> tuple[str, str]:
        """(the box's text with its count, the full label for the tooltip)."""
        label = self._labels[name].get(value, value)
        short = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"
        return f"{short}（{self._counts.get(name, {}).get(value, 0)}）", label  # the count must stay visible

    def _fill(self, name: str) -> None:
        """Show one facet's values. Called after every search: when the same values are shown as before
        (the usual case while typing) the boxes are kept and only their counts, order and ticks change;
        only a changed set of values makes new boxes."""
        counts = self._counts.get(name, {})
        selected = self._selected[name]
        # most frequent first, a ticked value in its place among them: moving it to the top made the box
        # just clicked jump away from under the mouse. A ticked value beyond the first FEW, or no longer
        # counted, is added after them so it can be unticked.
        values = in_kept_order(list(counts), counts, self._rank.setdefault(name, {}))
        values += [v for v in selected if v not in counts]
        shown = values if name in self._expanded else values[:FEW] + [v for v in values[FEW:] if v in selected]
        layout = self._groups[name].layout()
        if set(shown) != set(self._shown.get(name, ())) or name not in self._shown:
            self._clear_group(name)
            for value in shown:
                box = QCheckBox(self._groups[name])
                box.toggled.connect(partial(self._on_toggled, name, value))
                layout.addWidget(box)
                self._boxes[(name, value)] = box
            if not values:
                empty = QLabel(self.tr("（无）"), self._groups[name])
                empty.setEnabled(False)
                layout.addWidget(empty)
        self._shown[name] = list(shown)
        for position, value in enumerate(shown):
            box = self._boxes[(name, value)]
            text, label = self._box_text(name, value)
            if box.text() != text:
                box.setText(text)
                box.setToolTip(tooltip(label))
            if box.isChecked() != (value in selected):
                box.blockSignals(True)
                box.setChecked(value in selected)
                box.blockSignals(False)
            if layout.indexOf(box) != position:  # most frequent first: move, do not remake
                layout.removeWidget(box)
                layout.insertWidget(position, box)
        self._update_more(name, len(values), len(shown))

    def _update_more(self, name: str, total: int, shown: int) -> None:
        """The "更多（n）" / "收起" button under a facet's boxes, when there are more than FEW values."""
        wanted = total > shown or (name in self._expanded and total > FEW)
        more = self._more.get(name)
        if not wanted:
            if more is not None:
                self._groups[name].layout().removeWidget(more)
                more.deleteLater()
                del self._more[name]
            return
        if more is None:
            more = QPushButton(self._groups[name])
            more.setFlat(True)
            more.setCursor(Qt.CursorShape.PointingHandCursor)
            more.clicked.connect(partial(self._on_more_clicked, name))
            self._groups[name].layout().addWidget(more)
            self._more[name] = more
        more.setText(self.tr("收起") if name in self._expanded else self.tr("更多（{0}）").format(total - shown))

    def _clear_group(self, name: str) -> None:
        layout = self._groups[name].layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # until deleted it would still paint, at the top of the group
                item.widget().deleteLater()
        for key in [k for k in self._boxes if k[0] == name]:
            del self._boxes[key]
        self._more.pop(name, None)
        self._shown.pop(name, None)

    def _on_toggled(self, name: str, value: str, checked: bool) -> None:
        values = self._selected[name]
        if checked and value not in values:
            values.append(value)
        elif not checked and value in values:
            values.remove(value)
        self.filters_changed.emit()

    def _on_more_clicked(self, name: str) -> None:
        self._expanded ^= {name}
        self._rebuild()

    def _on_municipal_toggled(self, _checked: bool) -> None:
        self.filters_changed.emit()
