"""The fonts the app uses: the screen takes the system's CJK font when there is one (the shipped one
otherwise); paper always takes the shipped one, so that a 打印单 lays out the same on every workstation
(page breaks measured here hold there, whatever fonts a machine happens to have). Main thread."""
from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase

from index.paths import resource

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
PRINT_POINTS = 9.0  # the handout's body type, true points on paper (a visit's 8 measures on one A4 sheet)
log = logging.getLogger(__name__)
_shipped: list[str] | None = None


def has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def shipped_families() -> list[str]:
    """Register the fonts in resources/fonts once (a no-op for Qt the second time); their families."""
    global _shipped
    if _shipped is None:
        families: list[str] = []
        folder = resource("fonts")
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.suffix.lower() in FONT_SUFFIXES:
                    font_id = QFontDatabase.addApplicationFont(str(path))
                    if font_id < 0:
                        log.warning("could not register font %s", path)
                        continue
                    families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
        _shipped = families
    return list(_shipped)


def ensure_cjk_font() -> bool:
    """True when Chinese can render on screen. Without a system CJK font, register the shipped one
    (the packaged app collects it at build time); otherwise Chinese would show as boxes."""
    if has_cjk_font():
        return True
    shipped_families()
    if not has_cjk_font():
        print("警告：系统没有中文字体，界面中文会显示为方框。请安装中文字体（如 fonts-wqy-microhei）。", file=sys.stderr)
        return False
    return True


def print_font() -> QFont:
    """The handout's font: the shipped CJK font (first proportional family) at PRINT_POINTS; the
    application's font when none is shipped (a source tree without resources/fonts)."""
    families = [f for f in shipped_families() if "Mono" not in f] or shipped_families()
    font = QFont(families[0]) if families else QFont()
    font.setPointSizeF(PRINT_POINTS)
    return font
