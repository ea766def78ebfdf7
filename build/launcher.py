"""Entry point of the frozen app: exactly what `python -m desktop` does."""
from __future__ import annotations

import multiprocessing
import runpy

if __name__ == "__main__":
    multiprocessing.freeze_support()  # first thing: a frozen child process must not start the app
    runpy.run_module("desktop", run_name="__main__", alter_sys=True)
