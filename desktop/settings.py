"""One typed wrapper over QSettings: named options with defaults, and window geometry save/restore.

Created once in app.py and passed to whatever needs it (never reached globally). Main thread only.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

RECENT_LIMIT = 20


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
        self._s.setValue("window/state", window.saveState())
        for name, splitter in splitters.items():
            self._s.setValue(f"splitters/{name}", splitter.saveState())

    def restore_window(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> bool:
        """True when a saved geometry was applied (else the caller picks a first-run size)."""
        restored = self._restore(window.restoreGeometry, "window/geometry")
        self._restore(window.restoreState, "window/state")
        for name, splitter in splitters.items():
            self._restore(splitter.restoreState, f"splitters/{name}")
        return restored

    def save_geometry(self, widget: QWidget, key: str) -> None:
        self._s.setValue(f"geometry/{key}", widget.saveGeometry())

    def restore_geometry(self, widget: QWidget, key: str) -> bool:
        return self._restore(widget.restoreGeometry, f"geometry/{key}")

    def _restore(self, apply, key: str) -> bool:
        value = self._s.value(key)
        return bool(isinstance(value, QByteArray) and not value.isEmpty() and apply(value))

    def sync(self) -> None:
        self._s.sync()
