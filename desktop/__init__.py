"""The desktop window (PySide6 Qt Widgets): presents index/, decides nothing about policies."""
