"""One typed wrapper over QSettings: named options with defaults, and window geometry save/restore.

Created once in app.py and passed to whatever needs it (never reached globally). Main thread only.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

RECENT_LIMIT = 20


def _frame(widget: QWidget) -> QRect:
    """The frame a restore brings back: the normal geometry of a maximised window (that one is
    maximised again on whatever screen it opens), else the frame."""
    return QRect(widget.normalGeometry()) if widget.isMaximized() else widget.frameGeometry()


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self._s = qsettings or QSettings()

    @classmethod
    def at(cls, path: Path) -> "Settings":
        """Settings kept in an INI file (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # -- options -----------------------------------------------------------------------------
    @property
    def include_municipal(self) -> bool:
        return bool(self._s.value("search/include_municipal", True, type=bool))

    @include_municipal.setter
    def include_municipal(self, value: bool) -> None:
        self._s.setValue("search/include_municipal", bool(value))

    @property
    def default_district(self) -> str:
        """A district ticked for every new visitor ("" = none): a street office serves one district."""
        return str(self._s.value("search/default_district", "", type=str) or "")

    @default_district.setter
    def default_district(self, value: str) -> None:
        self._s.setValue("search/default_district", value or "")

    OFFICE_KEYS = ("name", "address", "phone", "clerk")

    @property
    def office(self) -> dict[str, str]:
        """The office's name, address, phone and the clerk's name for the 打印单: "" until the clerk fills them."""
        return {k: str(self._s.value(f"office/{k}", "", type=str) or "") for k in self.OFFICE_KEYS}

    @office.setter
    def office(self, values: dict[str, str]) -> None:
        for k in self.OFFICE_KEYS:
            self._s.setValue(f"office/{k}", (values.get(k) or "").strip())

    @property
    def recent_searches(self) -> list[str]:
        value = self._s.value("search/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or [] if str(v).strip()]

    def add_recent_search(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        recent = [text] + [r for r in self.recent_searches if r != text]
        self._s.setValue("search/recent", recent[:RECENT_LIMIT])

    def clear_recent_searches(self) -> None:
        self._s.setValue("search/recent", [])

    # -- geometry ----------------------------------------------------------------------------
    def save_window(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        self._s.setValue("window/geometry", window.saveGeometry())
        self._s.setValue("window/frame", _frame(window))
        self._s.setValue("window/state", window.saveState())
        for name, splitter in splitters.items():
            self._s.setValue(f"splitters/{name}", splitter.saveState())

    def restore_window(self, window: QMainWindow, splitters: dict[str, QSplitter], geometry: bool = True) -> bool:
        """True when a saved geometry was applied (else the caller picks a first-run size); with
        geometry=False only the toolbar state and the splitters (desktop/geometry.py decides)."""
        restored = geometry and self._restore(window.restoreGeometry, "window/geometry")
        self._restore(window.restoreState, "window/state")
        for name, splitter in splitters.items():
            self._restore(splitter.restoreState, f"splitters/{name}")
        return restored

    def save_geometry(self, widget: QWidget, key: str) -> None:
        self._s.setValue(f"geometry/{key}", widget.saveGeometry())
        self._s.setValue(f"geometry/{key}-frame", _frame(widget))

    def saved_frame(self, key: str) -> QRect | None:
        """Where the window (key "window") or dialog was when last closed, frame included; None if unknown.
        Qt's restoreGeometry squeezes an oversized window onto a small screen: this says whether it fitted."""
        value = self._s.value("window/frame" if key == "window" else f"geometry/{key}-frame")
        return value if isinstance(value, QRect) and value.isValid() else None

    def restore_geometry(self, widget: QWidget, key: str) -> bool:
        return self._restore(widget.restoreGeometry, f"geometry/{key}")

    def _restore(self, apply, key: str) -> bool:
        value = self._s.value(key)
        return bool(isinstance(value, QByteArray) and not value.isEmpty() and apply(value))

    def sync(self) -> None:
        self._s.sync()
