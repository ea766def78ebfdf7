"""Entry point of the frozen app: exactly what `python -m desktop` does, or, as
`policy-browser admin …`, exactly what `python -m index …` does (the maintainer's commands: import,
build, check, pack keygen/create/verify/apply…, with the same options and JSON)."""
from __future__ import annotations

import multiprocessing
import runpy
import sys

ADMIN = "admin"


def attach_console() -> None:
    """Windows: the window's executable has no console of its own; the admin commands print into the
    console they were typed in (nothing to do elsewhere)."""
    if sys.platform != "win32":
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115 - for the process's life
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
        sys.stdin = open("CONIN$", encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    multiprocessing.freeze_support()  # first thing: a frozen child process must not start the app
    if sys.argv[1:2] == [ADMIN]:
        attach_console()
        from index.cli import main as admin

        sys.exit(admin(sys.argv[2:], prog="policy-browser admin"))
    runpy.run_module("desktop", run_name="__main__", alter_sys=True)
