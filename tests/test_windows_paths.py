"""What a Windows workstation gets, checked here with a fake platform where the logic is pure
(issue 24, item 5). What only a Windows run can confirm is listed in the README."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from index import paths
from tests.kit import ROOT


def test_app_data_is_under_appdata_on_windows(monkeypatch, tmp_path):
    monkeypatch.delenv("POLICY_BROWSER_HOME", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert paths.app_data_dir() == tmp_path / "Roaming" / "policy-browser"
    monkeypatch.delenv("APPDATA")
    assert paths.app_data_dir() == Path.home() / "AppData" / "Roaming" / "policy-browser"


def test_no_posix_only_call_in_the_product():
    """os.getuid/geteuid, fcntl, signal handlers, resource (unguarded) and os.O_NONBLOCK (unguarded) do not
    exist on Windows: the product's modules use none of them (build/deb_check.py is Linux CI only)."""
    forbidden = ("os.getuid", "os.geteuid", "import fcntl", "signal.signal", "os.O_NONBLOCK", "os.mkfifo", "os.uname")
    offenders = []
    for folder in ("index", "desktop"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            offenders += [f"{path.relative_to(ROOT)}: {f}" for f in forbidden if f in text]
            if re.search(r"^\s*import resource\b", text, re.M) and "except ImportError" not in text:
                offenders.append(f"{path.relative_to(ROOT)}: import resource without a Windows fallback")
    assert offenders == []


def test_the_windows_build_is_one_script_with_crlf_and_a_utf8_console():
    script = (ROOT / "build" / "windows-build.cmd").read_bytes()
    assert b"\r\n" in script and b"\n" not in script.replace(b"\r\n", b"")
    text = script.decode("utf-8")
    assert "chcp 65001" in text and r"build\package.py" in text and "PYTHONUTF8=1" in text
    spec = (ROOT / "build" / "policy-browser.spec").read_text(encoding="utf-8")
    assert "version=version_file" in spec and "app.ico" in spec
