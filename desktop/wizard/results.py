"""The wizard's results page: what the data covers, then 可以申请 / 可能可以（需确认） / 已过期（仅供了解，
folded） / 不适用, one card per measure with the benefit lines that apply (each with its amount and deadline),
the reasons, the responsible units, and for a "maybe" the open questions with a way to answer them on the
spot. The page only shows and reports; the wizard computes. Main thread.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
                               QToolButton, QVBoxLayout, QWidget, QWizardPage)

from desktop.present import DISTRICT_COLOURS, MUNICIPAL_COLOURS, STATUS_COLOURS, badge, clause_label, \
    deadline_sentence, esc, short_title
from desktop.wizard.profile import (ELIGIBLE, EXPIRED_, INELIGIBLE, KIND_CONFIRM, KIND_SITUATION, KIND_TRAITS, MAYBE,
                                    Question, benefit_counts, grouped, is_expired, question_of)
from index.facts.deadlines import EXPIRED, NOT_YET, UNKNOWN, VALID
from index.facts.eligibility import RIGHT
from index.vocab import MUNICIPAL
from index.present import measure_heading



class MeasureCard(QFrame):
    """One measure of the results. Signals carry what the clerk did; the card never changes the profile."""

    open_requested = Signal(str)
    answer_given = Signal(object, object)  # (Question, answer: str | bool | None)

    def __init__(self, result: dict, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.result = result
        self.measure_id: str = result["id"]
        self.expired = is_expired(result)
        self.setObjectName("measureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # palette, not a style sheet: style sheets make every child re-polish (~5 ms a card)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#eeeeee" if self.expired else "#ffffff"))
        self.setPalette(palette)
        layout = QVBoxLayout(self)
        title = measure_heading(result)
        district_colours = MUNICIPAL_COLOURS if result.get("district") == MUNICIPAL else DISTRICT_COLOURS
        state = result.get("deadline_status") or UNKNOWN
        state_text = {EXPIRED: self.tr("已过期，仅供了解"), VALID: self.tr("目前有效"),
                      NOT_YET: self.tr("尚未施行")}.get(state, self.tr("未注明期限"))
        head = (f"{badge(result.get('district') or '', district_colours)}&nbsp;<b>{esc(title)}</b>&nbsp;"
                f"{badge(state_text, STATUS_COLOURS.get(state, STATUS_COLOURS[UNKNOWN]))}")
        source = esc(self.tr("出自《{0}》{1}").format(short_title((result.get("document") or {}).get("title"), 30),
                                                   clause_label(result)))
        # what the measure gives this visitor: its benefit lines, cut from the text, each with amount and date
        lines = ""
        for b in result.get("benefits") or []:
            extra = list(b.get("amounts") or [])
            if b.get("deadline"):
                extra.append(self.tr("期限至{0}").format(b["deadline"]))
            extra += [self.tr("{0}前办理").format(t) for t in b.get("targets") or []]
            lines += f"<br>　▸ {esc(b['line'])}" + (f"<span style='color:#555;'>（{esc('；'.join(extra))}）</span>" if extra else "")
        rows = [
            # the amounts of the benefits that apply, not of the whole measure (which may grant others more)
            (self.tr("金额/额度"), "；".join(dict.fromkeys(a for b in result.get("benefits") or [] for a in b.get("amounts") or [])
                                           if result.get("benefits") else result.get("amounts") or []) or self.tr("原文未写明")),
            (self.tr("期限"), deadline_sentence(result, today)),
            (self.tr("找谁办"), "、".join(result.get("responsible_units") or []) or self.tr("原文未注明")),
        ]
        facts = (f"<b>{esc(self.tr('可享受：'))}</b>{lines}<br>" if lines else "") + \
            "".join(f"<b>{esc(k)}：</b>{esc(v)}<br>" for k, v in rows)
        if result["status"] == RIGHT and result.get("basis"):
            # a right: the sentence that gives it, to quote to whoever must respect it
            facts = f"<b>{esc(self.tr('可以主张：'))}</b>{esc(result['basis'])}<br>" + facts
        reasons = [r for r in result.get("reasons") or [] if r != result.get("deadline_note")]
        why = self.tr("为什么：") if result["status"] != INELIGIBLE else self.tr("为什么不适用：")
        facts += f"<b>{esc(why)}</b>" + "".join(f"<br>　• {esc(r)}" for r in reasons)
        # one label for the whole text: each word-wrapped label costs a layout pass of its own
        self.text_label = QLabel(f"{head}<br><span style='color:#555;'>{source}</span>"
                                 f"<br>{facts}", self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = self.text_label
        self.open_button = QPushButton(self.tr("查看全文"), self)
        self.open_button.setToolTip(self.tr("在主窗口中打开本条措施"))
        self.open_button.clicked.connect(self._on_open_clicked)
        top = QHBoxLayout()
        top.addWidget(self.text_label, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.question_rows: list[QuestionRow] = []
        if MAYBE in (result["status"], result.get("group")) and result.get("questions") and not self.expired:
            ask = QLabel(f"<b style='color:#7a5200;'>{esc(self.tr('还需问清楚（回答后结果立即更新）：'))}</b>", self)
            layout.addWidget(ask)
            for q in result["questions"]:
                row = QuestionRow(question_of(q), self)
                row.answer_given.connect(self.answer_given)
                self.question_rows.append(row)
                layout.addWidget(row)

    def _on_open_clicked(self) -> None:
        self.open_requested.emit(self.measure_id)


class QuestionRow(QWidget):
    """A question and the controls that answer it: 是/否 buttons, or a list to pick from."""

    answer_given = Signal(object, object)

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        label = QLabel("• " + esc(question.text) + (esc(self.tr("（资料中没有，需当面问清，必要时向责任单位确认）"))
                                                     if question.kind == KIND_CONFIRM else ""), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        controls = QHBoxLayout()
        layout.addLayout(controls)
        self.buttons: dict[str, QPushButton] = {}
        self.combo: QComboBox | None = None
        if question.kind in (KIND_SITUATION, KIND_CONFIRM):
            self._button(controls, self.tr("是"), lambda: self._give(True))
            self._button(controls, self.tr("否"), lambda: self._give(False))
        elif question.kind == KIND_TRAITS:
            for trait in question.options:
                self._button(controls, self.tr("是{0}").format(trait), lambda t=trait: self._give(t))
            self._button(controls, self.tr("都不是"), lambda: self._give(None))
        else:
            self.combo = QComboBox(self)
            self.combo.addItem(self.tr("请选择…"))
            self.combo.addItems(list(question.options))
            self.combo.activated.connect(self._on_combo_activated)
            controls.addWidget(self.combo)
        controls.addStretch(1)

    def _button(self, layout: QHBoxLayout, text: str, slot: Callable[[], None]) -> None:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.buttons[text] = button
        layout.addWidget(button)

    def answer(self, value: str | bool | None) -> None:
        """Answer as if the clerk clicked (tests, keyboard-free use)."""
        self._give(value)

    def _give(self, value: str | bool | None) -> None:
        self.answer_given.emit(self.question, value)

    def _on_combo_activated(self, index: int) -> None:
        if self.combo is not None and index > 0:
            self._give(self.combo.itemText(index))


BATCH = 25  # cards built at a time: word-wrapped rich-text cards cost ~5 ms each to lay out


class GroupSection(QWidget):
    """A foldable group. Cards are built when the group is opened, BATCH at a time ("再显示…");
    a `compact` group (不适用, often 170 measures) is one line per measure with its reasons instead."""

    def __init__(self, title: str, results: list[dict], today: date, make_card: Callable[[dict], MeasureCard],
                 expanded: bool, expired_note: str, compact: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.results = results
        self.compact = compact
        self._today = today
        self._make_card = make_card
        self._expired_note = expired_note
        self._next = 0  # index of the first result not yet shown
        self.cards: list[MeasureCard] = []
        self.lines: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QToolButton(self)
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.more_button = QPushButton(self.body)
        self.more_button.clicked.connect(self._on_more_clicked)
        self.body_layout.addWidget(self.more_button)
        if not results:
            self.body_layout.insertWidget(0, QLabel(self.tr("（没有）"), self.body))
        layout.addWidget(self.header)
        layout.addWidget(self.body)
        self.header.toggled.connect(self._on_toggled)
        self.header.setChecked(expanded and bool(results))
        self._on_toggled(self.header.isChecked())

    def _on_toggled(self, on: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        if on and self._next == 0:
            self._build_batch()
        self.body.setVisible(on)

    def _on_more_clicked(self) -> None:
        self._build_batch()

    def show_all(self) -> None:
        """Open the group with every result built (tests, keyboard users)."""
        self.header.setChecked(True)
        while self._next < len(self.results):
            self._build_batch()

    def _build_batch(self) -> None:
        batch = self.results[self._next:self._next + (len(self.results) if self.compact else BATCH)]
        at = self.body_layout.count() - 1  # before the "more" button
        for offset, result in enumerate(batch):
            index = self._next + offset
            if self._expired_note and is_expired(result) and (index == 0 or not is_expired(self.results[index - 1])):
                n = sum(1 for r in self.results if is_expired(r))
                note = QLabel(f"<p style='color:#a02020;'><b>{esc(self._expired_note.format(n))}</b></p>", self.body)
                note.setWordWrap(True)
                self.body_layout.insertWidget(at, note)
                at += 1
            if self.compact:
                widget: QWidget = self._line(result)
            else:
                widget = self._make_card(result)
                self.cards.append(widget)  # type: ignore[arg-type]
            self.body_layout.insertWidget(at, widget)
            at += 1
        self._next += len(batch)
        left = len(self.results) - self._next
        self.more_button.setText(self.tr("再显示{0}条（还有{1}条）").format(min(BATCH, left), left))
        self.more_button.setVisible(left > 0)

    def _line(self, result: dict) -> QLabel:
        """One measure in a line or two: title as a link that opens it, district, why not, status."""
        title = measure_heading(result)
        reasons = [r for r in result.get("reasons") or [] if r != result.get("deadline_note")]
        state = self.tr("已过期") if is_expired(result) else ""
        label = QLabel(f"<a href='{esc(result['id'])}'>{esc(title)}</a>　<span style='color:#555;'>"
                       f"{esc(result.get('district') or '')} {esc(clause_label(result))} {esc(state)}</span><br>"
                       f"<span style='color:#555;'>{esc('；'.join(reasons))}</span>", self.body)
        label.setWordWrap(True)
        label.setToolTip(self.tr("点标题在主窗口中查看全文"))
        label.linkActivated.connect(self._on_link_activated)
        self.lines.append(label)
        return label

    def _on_link_activated(self, measure_id: str) -> None:
        self.link_activated.emit(measure_id)

    link_activated = Signal(str)


class ResultsPage(QWizardPage):
    """Shows the grouped results it is given; reports answers, "open" and "add to handout" by signal."""

    answer_given = Signal(object, object)
    measure_requested = Signal(str)
    handout_clicked = Signal()
    filter_changed = Signal(str)
    entered = Signal()  # the wizard moved onto this page: time to compute

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("结果：这家单位可以申请哪些政策"))
        self.setSubTitle(self.tr("已过期的措施照样列出，以便解释；不能再承诺办理。回答“还需问清楚”的问题，结果立即更新。"))
        self.results: list[dict] = []
        self.profile: dict = {}
        self.coverage = ""
        self.today = date.today()
        self.sections: dict[str, GroupSection] = {}
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.filter = QComboBox(self)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.currentIndexChanged.connect(self._on_filter_changed)
        self.handout_button = QPushButton(self.tr("加入打印单"), self)
        self.handout_button.setToolTip(self.tr("把填写的情况、可以申请和可能可以的措施及理由加入打印给来访者的打印单"))
        self.handout_button.clicked.connect(self._on_handout_clicked)
        # which groups 加入打印单 adds: 可以申请 and 可能可以 by default; 已过期 only when the clerk ticks it
        # (to explain to the visitor on paper why it can no longer be promised)
        self.handout_groups = {
            ELIGIBLE: QCheckBox(self.tr("可以申请"), self),
            MAYBE: QCheckBox(self.tr("可能可以"), self),
            EXPIRED_: QCheckBox(self.tr("已过期"), self),
        }
        for group, box in self.handout_groups.items():
            box.setChecked(group != EXPIRED_)
            box.setToolTip(self.tr("加入打印单时包括这一组"))
            box.toggled.connect(self._update_handout_button)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("惠企类型："), self))
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("加入："), self))
        for box in self.handout_groups.values():
            top.addWidget(box)
        top.addWidget(self.handout_button)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self._benefit: str | None = None

    def initializePage(self) -> None:
        self.entered.emit()

    def cleanupPage(self) -> None:
        """Going Back keeps the answers (QWizard would otherwise reset fields)."""

    @property
    def benefit(self) -> str | None:
        return self._benefit

    def show_results(self, results: list[dict], today: date, profile: dict | None = None, coverage: str = "") -> None:
        """Replace what is shown, keeping the benefit filter and the scroll position where possible.
        `profile` orders the results (own district first); `coverage` says what the data covers."""
        self.results, self.today = results, today
        self.profile, self.coverage = dict(profile or {}), coverage
        counts = benefit_counts(results)
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("全部"), None)
        for name, n in counts.items():
            self.filter.addItem(self.tr("{0}（{1}）").format(name, n), name)
        index = self.filter.findData(self._benefit) if self._benefit else 0
        if index < 0:
            self._benefit, index = None, 0
        self.filter.setCurrentIndex(index)
        self.filter.blockSignals(False)
        self._render()

    def shown(self) -> list[dict]:
        """The results of the ticked groups that pass the filter (what "加入打印单" adds): by default
        可以申请 and 可能可以, never 已过期 unless ticked."""
        groups = grouped(self.results, self._benefit, self.profile)
        return [r for g, box in self.handout_groups.items() if box.isChecked() for r in groups[g]]

    def reset_handout_groups(self) -> None:
        """新访客: the groups back to 可以申请 and 可能可以."""
        for group, box in self.handout_groups.items():
            box.setChecked(group != EXPIRED_)

    def _update_handout_button(self) -> None:
        n = len(self.shown())
        self.handout_button.setText(self.tr("加入打印单（{0}条）").format(n))
        self.handout_button.setEnabled(n > 0)

    def cards(self, status: str | None = None) -> list[MeasureCard]:
        return [c for s, sec in self.sections.items() if status in (None, s) for c in sec.cards]

    def _render(self) -> None:
        position = self.scroll.verticalScrollBar().value()
        expanded = {s: sec.header.isChecked() for s, sec in self.sections.items() if sec.results}
        groups = grouped(self.results, self._benefit, self.profile)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()  # may hold the button whose click led here
        content = QWidget()
        layout = QVBoxLayout(content)
        titles = {
            ELIGIBLE: self.tr("可以申请（{0}条）"),
            MAYBE: self.tr("可能可以（需确认）（{0}条）"),
            RIGHT: self.tr("可以主张的权利（{0}条）"),
            EXPIRED_: self.tr("已过期（仅供了解）（{0}条）"),
            INELIGIBLE: self.tr("不适用（{0}条）"),
        }
        self.sections = {}
        for status in (ELIGIBLE, MAYBE, RIGHT, EXPIRED_, INELIGIBLE):
            if status == RIGHT and not groups[RIGHT]:
                continue  # most plans give no rights: no empty group
            # 已过期 and 不适用 start folded; 已过期 never counts as claimable
            section = GroupSection(titles[status].format(len(groups[status])), groups[status], self.today,
                                   self._make_card, expanded.get(status, status in (ELIGIBLE, MAYBE, RIGHT)), "",
                                   status == INELIGIBLE, content)
            section.link_activated.connect(self.measure_requested)
            self.sections[status] = section
            layout.addWidget(section)
        layout.addStretch(1)
        self.scroll.setWidget(content)
        self.scroll.verticalScrollBar().setValue(position)
        coverage = esc(self.coverage + "。") if self.coverage else ""
        self.summary.setText(coverage + ("<br>" if coverage else "") + esc(
            self.tr("今天是{0}。可以申请{1}条，可能可以{2}条；已过期{3}条（仅供了解，不能再承诺办理）；不适用{4}条。")
            .format(self.today.isoformat(), len(groups[ELIGIBLE]), len(groups[MAYBE]), len(groups[EXPIRED_]),
                    len(groups[INELIGIBLE])) + (self.tr("另有可以主张的权利{0}条。").format(len(groups[RIGHT]))
                                                if groups[RIGHT] else "")))
        self._update_handout_button()

    def _make_card(self, result: dict) -> MeasureCard:
        card = MeasureCard(result, self.today)
        card.open_requested.connect(self.measure_requested)
        card.answer_given.connect(self.answer_given)
        return card

    def _on_handout_clicked(self) -> None:
        self.handout_clicked.emit()

    def _on_filter_changed(self, index: int) -> None:
        self._benefit = self.filter.itemData(index) or None
        self._render()
        self.filter_changed.emit(self._benefit or "")
