"""Window and dialog sizes from the screen the clerk has: first sizes as a share of the available
geometry (never the 1280×800 that hid the status bar on a 1366×768 screen), and saved geometry
restored only when it still fits a screen. Main thread."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop.settings import Settings

MAIN_SHARE = (0.96, 0.92)  # a main window nearly fills a small screen; the frame and taskbar need the rest
DIALOG_SHARE = (0.85, 0.88)


def screen_of(widget: QWidget | None) -> QScreen:
    """The screen `widget` is on (its parent's before it is shown), else the primary one."""
    for w in (widget, widget.parentWidget() if widget is not None else None):
        if w is not None and w.screen() is not None:
            return w.screen()
    return QGuiApplication.primaryScreen()


def available(widget: QWidget | None = None) -> QRect:
    return screen_of(widget).availableGeometry()


def fitted(preferred: QSize, area: QRect, share: tuple[float, float] = DIALOG_SHARE) -> QSize:
    """`preferred`, shrunk to `share` of `area` where it would not fit."""
    return QSize(min(preferred.width(), int(area.width() * share[0])),
                 min(preferred.height(), int(area.height() * share[1])))


def fit(widget: QWidget, preferred: QSize, share: tuple[float, float] = DIALOG_SHARE) -> QSize:
    """Size `widget` to `preferred` or less, centred on its screen's available area (or its parent)."""
    area = available(widget)
    size = fitted(preferred, area, share)
    widget.resize(size)
    parent = widget.parentWidget()
    centre = parent.frameGeometry().center() if parent is not None and parent.isVisible() else area.center()
    frame = QRect(0, 0, size.width(), size.height())
    frame.moveCenter(centre)
    # kept wholly on the screen even when the parent sits near an edge
    frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width() + 1)))
    frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1)))
    widget.move(frame.topLeft())
    return size


def fits_a_screen(frame: QRect) -> bool:
    """True when `frame` lies inside one screen's available area."""
    return any(s.availableGeometry().contains(frame) for s in QGuiApplication.screens())


def _saved_fits(settings: Settings | None, key: str) -> bool:
    frame = settings.saved_frame(key) if settings is not None else None
    return frame is not None and fits_a_screen(frame)


def restore_or_fit(widget: QWidget, settings: Settings | None, key: str, preferred: QSize,
                   share: tuple[float, float] = DIALOG_SHARE) -> bool:
    """Saved geometry when there is some and it fits a screen today (the clerk may have moved from a
    big monitor to a laptop); else the fitted first size. True when the saved one was used."""
    if _saved_fits(settings, key) and settings.restore_geometry(widget, key):
        return True
    fit(widget, preferred, share)
    return False


def restore_main(window: QMainWindow, settings: Settings, splitters: dict[str, QSplitter]) -> bool:
    """The main window's saved geometry when it still fits, else the first size for this screen; its
    toolbar state and splitter shares come back either way."""
    fits = _saved_fits(settings, "window")
    settings.restore_window(window, splitters, geometry=fits)
    if fits:
        return True
    fit(window, main_preferred(window), MAIN_SHARE)
    return False


def main_preferred(widget: QWidget) -> QSize:
    """The main window's size on a large screen: about 100 × 52 characters, readable at 150 % too."""
    em = widget.fontMetrics().horizontalAdvance("国")
    return QSize(em * 100, widget.fontMetrics().height() * 52)
