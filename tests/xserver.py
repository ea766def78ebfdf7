"""A real X server (Xvfb) for the tests that check geometry and focus as a clerk sees them. The app
runs in a child process (this one is offscreen for good); without Xvfb those tests skip, saying why."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
XCB_HINT = "apt-get install xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0"


@contextmanager
def xvfb(width: int, height: int):
    """An Xvfb screen of width × height; yields the DISPLAY value. Skips when none can be started."""
    exe = shutil.which("Xvfb")
    if exe is None:
        pytest.skip(f"没有 Xvfb：真实X服务器上的窗口测试跳过（{XCB_HINT}）")
    read, write = os.pipe()
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen([exe, "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                                pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=log)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # Xvfb writes its display number here once it accepts clients
        try:
            if not number:
                log.seek(0)
                pytest.skip(f"Xvfb 没有启动：{log.read().decode(errors='replace')[-300:].strip() or '无输出'}")
            yield f":{number}"
        finally:
            proc.terminate()
            proc.wait(10)


def run_child(args: list[str], display: str | None, extra_env: dict[str, str] | None = None,
              timeout: int = 180) -> subprocess.CompletedProcess:
    """Run `python args…` from the project root on the X display (None: offscreen)."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR")}
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.update(extra_env or {})
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def last_json(out: str) -> dict:
    lines = [line for line in out.splitlines() if line.startswith("{")]
    assert lines, out
    return json.loads(lines[-1])


def xcb_missing(result: subprocess.CompletedProcess) -> bool:
    """Qt could not load its xcb plugin (the libxcb-* packages are not installed)."""
    return result.returncode != 0 and "xcb" in result.stderr and "platform plugin" in result.stderr
