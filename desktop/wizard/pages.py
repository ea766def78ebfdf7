"""The question pages of the eligibility wizard: each gathers one answer and decides nothing.
Answers are kept when the clerk goes Back (cleanupPage does not reset them). Main thread."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Property, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QFrame, QGridLayout, QLabel, QRadioButton,
                               QScrollArea, QVBoxLayout, QWidget, QWizardPage)

from desktop.present import esc
from desktop.wizard.profile import Choice


class PageId(IntEnum):
    DISTRICT = 0
    ENTITY = 1
    SIZE = 2
    INDUSTRIES = 3
    TRAITS = 4
    SITUATIONS = 5
    RESULTS = 6


NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class ChoiceList(QWidget):
    """Radio buttons (one answer) or check boxes (several), each with its plain-language meaning
    beside it in a wrapping label, so nothing clips at 125–150 % scaling.

    Keyboard: Up/Down move the focus along the choices in their order (a check box's tick never
    changes by moving: only Space does); number keys 1–9 pick the n-th choice (a radio button is
    chosen, a check box toggled) and move the focus to it."""

    changed = Signal()

    def __init__(self, choices: list[Choice], exclusive: bool, columns: int = 1, parent: QWidget | None = None):
        super().__init__(parent)
        self.exclusive = exclusive
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.buttons: dict[str, QAbstractButton] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(16)
        per_choice = 2 if any(c.explain for c in choices) else 1
        for i, choice in enumerate(choices):
            button: QAbstractButton = QRadioButton(choice.name, self) if exclusive else QCheckBox(choice.name, self)
            button.setToolTip(choice.explain)
            self.group.addButton(button)
            button.installEventFilter(self)
            self.buttons[choice.name] = button
            row, col = divmod(i, columns)
            grid.addWidget(button, row, col * per_choice, Qt.AlignmentFlag.AlignTop)
            if per_choice == 2:
                label = QLabel(esc(choice.explain), self)
                label.setWordWrap(True)
                label.setStyleSheet("color:#555;")
                label.setBuddy(button)
                grid.addWidget(label, row, col * per_choice + 1, Qt.AlignmentFlag.AlignTop)
                grid.setColumnStretch(col * per_choice + 1, 1)
        grid.setRowStretch((len(choices) + columns - 1) // columns, 1)  # keep rows together at the top
        self.group.buttonToggled.connect(self._on_button_toggled)

    def _on_button_toggled(self, _button: QAbstractButton, _on: bool) -> None:
        self.changed.emit()

    def focus_first(self) -> None:
        """The page's initial focus: the (first) chosen answer, else the first choice."""
        order = list(self.buttons.values())
        chosen = [b for b in order if b.isChecked()]
        if order:
            (chosen or order)[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Alt+N, Ctrl+…: the window's and the wizard's shortcuts
        order = list(self.buttons.values())
        key = key_event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and watched in order:
            step = -1 if key == Qt.Key.Key_Up else 1
            target = order[max(0, min(len(order) - 1, order.index(watched) + step))]
            target.setFocus(Qt.FocusReason.TabFocusReason)
            if self.exclusive:
                target.setChecked(True)  # radio buttons: moving is choosing, as everywhere
            return True
        if key in NUMBER_KEYS and NUMBER_KEYS[key] <= len(order):
            target = order[NUMBER_KEYS[key] - 1]
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            target.setChecked(True if self.exclusive else not target.isChecked())
            return True
        return False

    def selected(self) -> list[str]:
        return [name for name, b in self.buttons.items() if b.isChecked()]

    def select(self, names: list[str] | str | None) -> None:
        wanted = {names} if isinstance(names, str) else set(names or [])
        self.group.setExclusive(False)  # an exclusive group cannot be emptied
        self.blockSignals(True)
        try:
            for name, button in self.buttons.items():
                button.setChecked(name in wanted)
        finally:
            self.group.setExclusive(self.exclusive)
            self.blockSignals(False)
        self.changed.emit()


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class QuestionPage(QWizardPage):
    """A page with one ChoiceList; `value` is its answer."""

    def __init__(self, title: str, subtitle: str, choices: list[Choice], exclusive: bool, columns: int = 1,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.choices = ChoiceList(choices, exclusive, columns)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(scrolled(self.choices), 1)

    def cleanupPage(self) -> None:
        """Going Back keeps the answers (QWizard's default would reset the page's fields)."""


class SingleChoicePage(QuestionPage):
    """One required answer, registered as a mandatory wizard field (`name*`) so Next waits for it."""

    value_changed = Signal()

    def __init__(self, field: str, title: str, subtitle: str, choices: list[Choice], columns: int = 1,
                 parent: QWidget | None = None):
        super().__init__(title, subtitle, choices, True, columns, parent)
        self.choices.changed.connect(self.value_changed)
        self.registerField(f"{field}*", self, "value", self.value_changed)

    def _get_value(self) -> str:
        chosen = self.choices.selected()
        return chosen[0] if chosen else ""

    def _set_value(self, value: str) -> None:
        self.choices.select(value or None)

    value = Property(str, _get_value, _set_value, notify=value_changed)


class MultiChoicePage(QuestionPage):
    """Any number of answers (none is a valid answer: "none of these")."""

    def __init__(self, title: str, subtitle: str, choices: list[Choice], columns: int = 1,
                 parent: QWidget | None = None):
        super().__init__(title, subtitle, choices, False, columns, parent)

    def values(self) -> list[str]:
        return self.choices.selected()

    def set_values(self, values: list[str] | None) -> None:
        self.choices.select(values or [])
