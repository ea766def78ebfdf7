"""The facet panel: checkboxes with counts for the current results (counts come from the engine),
and the 含市级措施 and 只看有效 switches. Main thread.

Values are shown most frequent first, the first FEW per facet with a "更多" button for the others; a
ticked value keeps its place (it does not jump from under the mouse) and stays listed, with its count
(possibly 0), so it can be unticked. A value keeps its box while it is listed, and a search that comes back
while the clerk is in a group (Alt+1/2/3, a box just clicked) leaves the focus in that group.
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
FOCUS_ON_MORE, FOCUS_ON_GROUP = -1, -2  # where in a group the focus is, besides a box (_held_focus)


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
        self._empty: dict[str, QLabel] = {}
        self._rank: dict[str, dict[str, int]] = {}  # facet → value → its place, kept across searches
        for name in FACETS:
            group = QGroupBox(self.facet_title(name), inner)
            QVBoxLayout(group).setContentsMargins(6, 4, 6, 4)
            self._groups[name] = group
            self._empty[name] = QLabel(self.tr("（无）"), group)  # shown while the facet has no values
            self._empty[name].setEnabled(False)
            self._empty[name].hide()
            group.layout().addWidget(self._empty[name])
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
        """Show one facet's values. Called after every search, which may come back while the clerk is in
        the panel (a box just clicked, Alt+N just pressed): a value keeps its box as long as it is listed
        (only its count, place and tick change), a value new to the list gets a box, one that leaves it
        loses its box. The focus stays in the group (see _keep_focus)."""
        counts = self._counts.get(name, {})
        selected = self._selected[name]
        # most frequent first, a ticked value in its place among them: moving it to the top made the box
        # just clicked jump away from under the mouse. A ticked value beyond the first FEW, or no longer
        # counted, is added after them so it can be unticked.
        values = in_kept_order(list(counts), counts, self._rank.setdefault(name, {}))
        values += [v for v in selected if v not in counts]
        shown = values if name in self._expanded else values[:FEW] + [v for v in values[FEW:] if v in selected]
        group = self._groups[name]
        layout = group.layout()
        held = self._held_focus(name)  # where in this group the focus is, before anything goes
        for value in shown:
            if (name, value) not in self._boxes:
                box = QCheckBox(group)
                box.toggled.connect(partial(self._on_toggled, name, value))
                layout.addWidget(box)
                if group.isVisible():
                    box.show()  # now, not when the layout gets round to it: it may have to take the focus
                self._boxes[(name, value)] = box
        self._empty[name].setVisible(not values)
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
        gone = self._update_more(name, len(values), len(shown))
        gone += [self._boxes.pop(k) for k in [k for k in self._boxes if k[0] == name and k[1] not in shown]]
        focused = self.window().focusWidget()
        for widget in gone:
            layout.removeWidget(widget)
            if widget is not focused:
                widget.hide()  # at once: until deleted it would still paint, at the top of the group
        self._keep_focus(name, held, focused if focused in gone else None)  # before the focused one goes
        for widget in gone:
            widget.hide()
            widget.deleteLater()

    def _held_focus(self, name: str) -> int | None:
        """Where in group `name` the window's focus is: the place of its box (0, 1, …), FOCUS_ON_MORE,
        FOCUS_ON_GROUP (Alt+N on a group without boxes), or None when it is not in the group."""
        focused = self.window().focusWidget()  # the window's own, also while another window is active
        group = self._groups[name]
        if focused is None or not (focused is group or group.isAncestorOf(focused)):
            return None
        boxes = [self._boxes.get((name, v)) for v in self._shown.get(name, [])]
        if focused in boxes:
            return boxes.index(focused)
        return FOCUS_ON_MORE if focused is self._more.get(name) else FOCUS_ON_GROUP

    def _keep_focus(self, name: str, held: int | None, leaving: QWidget | None) -> None:
        """After a refill the focus is still in the group: on its value's box (kept), else on the box now at
        its place, the last box when 更多 went, the first when boxes came to a group that had none, the
        group itself when it has none left. Left alone, the focused box (`leaving`), once hidden, hands the
        focus to the next one in the Tab chain, through the group's other boxes into the next group (and the
        panel scrolls there): a search coming back after Alt+1 put the clerk in 行业."""
        if held is None:
            return
        focused = self.window().focusWidget()
        boxes = [self._boxes[(name, v)] for v in self._shown[name]]
        more = self._more.get(name)
        if focused is not None and (focused in boxes or focused is more):
            return  # its box (or 更多) stays
        if held == FOCUS_ON_MORE:
            target = boxes[-1] if boxes else None
        else:
            target = boxes[min(max(held, 0), len(boxes) - 1)] if boxes else more
        if target is None:  # the group: it would hand the focus back to the box it last had
            target = self._groups[name]
            if leaving is not None:
                leaving.clearFocus()
                leaving.hide()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_more(self, name: str, total: int, shown: int) -> list[QWidget]:
        """The "更多（n）" / "收起" button under a facet's boxes, when there are more than FEW values. One no
        longer wanted is returned for _fill to take away (once the focus it may hold is handed on)."""
        wanted = total > shown or (name in self._expanded and total > FEW)
        more = self._more.get(name)
        if not wanted:
            if more is None:
                return []
            del self._more[name]
            return [more]
        if more is None:
            more = QPushButton(self._groups[name])
            more.setFlat(True)
            more.setCursor(Qt.CursorShape.PointingHandCursor)
            more.clicked.connect(partial(self._on_more_clicked, name))
            self._groups[name].layout().addWidget(more)
            self._more[name] = more
        more.setText(self.tr("收起") if name in self._expanded else self.tr("更多（{0}）").format(total - shown))
        return []

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
