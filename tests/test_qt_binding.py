"""Guards the PySide6 pin: PySide6-Essentials 6.12.0 returned None from void C++ calls without a
reference, so on Python 3.11 None's reference count fell by one per call until the interpreter
aborted ("none_dealloc"). 6.11.3 does not; this test fails if an upgrade brings the leak back."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.update()
        widget.parent()
    assert sys.getrefcount(None) - before > -100
